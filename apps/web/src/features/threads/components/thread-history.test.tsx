import { render, screen } from '@testing-library/react';
import { ChangeFlags } from './change-flags';
import { ThreadHistory } from './thread-history';

const entry = (id: string, kind: string, actorName: string | null, summary: string, at: string) => ({
  __typename: 'ThreadHistoryEntry' as const,
  id,
  kind,
  actorName,
  at,
  summary,
});

describe('ThreadHistory', () => {
  it('lists changes newest first with who made them, the aligner as Parallax', () => {
    render(
      <ThreadHistory
        history={[
          entry('1', 'SUGGEST', null, 'proposed by the aligner', '2026-01-10T10:00:00Z'),
          entry('2', 'ADD_CLAIM', 'Ada Editor', 'added “Corridor security” by hand', '2026-01-11T10:00:00Z'),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/Ada Editor added “Corridor security” by hand$/);
    expect(items[1]).toMatch(/Parallax proposed by the aligner$/);
  });

  it('renders nothing without history', () => {
    const { container } = render(<ThreadHistory history={[]} />);
    expect(container.textContent).toBe('');
  });
});

describe('ChangeFlags', () => {
  it('names a reworded qualifier next to the other flags', () => {
    render(<ChangeFlags flags={['QUALIFIER_CHANGED', 'NUMBER_CHANGED']} />);
    expect(screen.getByText('qualifier reworded')).toBeTruthy();
    expect(screen.getByText('number changed')).toBeTruthy();
  });
});
