import { render } from '@testing-library/react';
import { DiffText } from './diff-text';

const base = 'On Thursday, Pakistan reaffirmed its firm commitment to the one-China principle.';

function marks(container: HTMLElement) {
  return {
    ins: [...container.querySelectorAll('ins.diff-insert')].map((e) => e.textContent),
    del: [...container.querySelectorAll('del.diff-delete')].map((e) => e.textContent),
    replace: [...container.querySelectorAll('.diff-replace')].map((e) => e.textContent),
    move: [...container.querySelectorAll('mark.diff-move')].map((e) => e.textContent),
  };
}

describe('DiffText', () => {
  it('shows the text plainly when it is the base or there is no base', () => {
    const { container } = render(<DiffText text={base} base={null} />);
    expect(container.textContent).toBe(base);
    expect(container.querySelectorAll('ins, del, mark')).toHaveLength(0);
  });

  it('marks words the outlet added as inserted', () => {
    const other = 'On Thursday, Pakistan reaffirmed its firm commitment to the one-China principle in Beijing.';
    const { container } = render(<DiffText text={other} base={base} />);
    expect(marks(container).ins).toEqual(['in Beijing']);
    expect(marks(container).del).toEqual([]);
  });

  it('marks base words the outlet left out as deleted, at the place they would be', () => {
    const other = 'On Thursday, Pakistan reaffirmed its commitment to the one-China principle.';
    const { container } = render(<DiffText text={other} base={base} />);
    expect(marks(container).del).toEqual(['firm']);
    // The deletion sits between "its" and "commitment".
    expect(container.textContent).toContain('its firm commitment');
  });

  it('shows a changed word as a replacement with both wordings', () => {
    const other = 'On Thursday, Pakistan reaffirmed its unwavering commitment to the one-China principle.';
    const { container } = render(<DiffText text={other} base={base} />);
    const m = marks(container);
    expect(m.replace).toEqual(['firm unwavering']);
    expect(container.querySelector('.diff-replace del')).toHaveTextContent('firm');
    expect(container.querySelector('.diff-replace ins')).toHaveTextContent('unwavering');
    expect(container.querySelector('.diff-replace')).toHaveAttribute('title', 'Base column: “firm”');
  });

  it('shows a moved phrase as a move, not as a deletion plus an insertion', () => {
    const other = 'Pakistan reaffirmed its firm commitment to the one-China principle on Thursday.';
    const { container } = render(<DiffText text={other} base={base} />);
    const m = marks(container);
    expect(m.move).toEqual(['⇄moved: on Thursday']);
    expect(m.ins).toEqual([]);
    expect(m.del).toEqual([]);
    // The outlet's own word order is kept: the moved phrase is at the end.
    expect(container.textContent?.endsWith('on Thursday.')).toBe(true);
  });
});
