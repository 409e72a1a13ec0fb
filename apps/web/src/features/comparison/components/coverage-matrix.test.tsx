import { jest } from '@jest/globals';
import type { ClaimView, LinkView } from '@parallax/doc';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ArticleColumn, GridRow } from '../utils/grid';
import { CoverageMatrix } from './coverage-matrix';

const columns: ArticleColumn[] = [
  { id: 'a1', outletName: 'Dawn', headline: null, kind: 'NEWS', segments: [] },
  { id: 'a2', outletName: 'Xinhua', headline: null, kind: 'NEWS', segments: [] },
  { id: 'a3', outletName: 'Reuters', headline: null, kind: 'NEWS', segments: [] },
];

function link(articleId: string, segmentId: string, relation: LinkView['relation']): LinkView {
  return {
    claimId: 'x',
    segmentId,
    articleId,
    relation,
    flags: [],
    origin: 'AUTO',
    confidence: 1,
    linkedBy: null,
    linkedAt: '2026-01-01T00:00:00Z',
  };
}

function row(id: string, label: string, links: LinkView[]): GridRow {
  const claim: ClaimView = {
    id,
    label,
    labelOrigin: 'AUTO',
    topic: null,
    position: 1,
    positionOrigin: 'AUTO',
    note: '',
    origin: 'AUTO',
    createdBy: null,
    createdAt: '',
    links,
  };
  const cells = new Map<string, LinkView[]>();
  for (const l of links) cells.set(l.articleId, [...(cells.get(l.articleId) ?? []), l]);
  return { claim, cells, outletCount: cells.size };
}

const rows = [
  row('c1', 'CPEC upgrade', [link('a1', 's1', 'VERBATIM'), link('a2', 's2', 'PARAPHRASE'), link('a3', 's3', 'CONTRADICTS')]),
  row('c2', 'Security of Chinese nationals', [link('a1', 's4', 'PARTIAL'), link('a1', 's5', 'VERBATIM')]),
];

describe('CoverageMatrix', () => {
  it('shows one cell per claim and outlet with the relation, the strongest when an outlet has several sentences', () => {
    render(<CoverageMatrix rows={rows} columns={columns} onJump={() => {}} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Claim', 'Dawn', 'Xinhua', 'Reuters']);
    expect(screen.getByRole('button', { name: 'Dawn, claim 1: Verbatim' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xinhua, claim 1: Paraphrase' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reuters, claim 1: Contradicts' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dawn, claim 2: only here' })).toBeInTheDocument();
  });

  it('uses one distinct letter per relation, "only here" for a claim one outlet alone makes, and explains them', () => {
    const { container } = render(<CoverageMatrix rows={rows} columns={columns} onJump={() => {}} />);
    const letters = [...container.querySelectorAll('.coverage-legend b')].map((b) => b.textContent);
    expect(new Set(letters).size).toBe(letters.length);
    expect(screen.getByRole('button', { name: 'Dawn, claim 2: only here' })).toHaveTextContent('•');
  });

  it('shows the relation measured against the base column, as the badges do, not a stale stored one', () => {
    const segments = new Map([
      [
        't1',
        {
          id: 't1',
          articleId: 'a1',
          index: 0,

          text: 'The river authority will open three new dams on the northern border next spring.',
        },
      ],
      [
        't2',
        {
          id: 't2',
          articleId: 'a2',
          index: 0,

          text: 'The river authority will open three new dams on the northern border next spring.',
        },
      ],
      ['t3', { id: 't3', articleId: 'a3', index: 0, text: 'Three dams will open.' }],
    ]);
    // The stored relations were written against another reference and are stale.
    const stale = [row('c3', 'new dams', [link('a1', 't1', 'PARTIAL'), link('a2', 't2', 'PARAPHRASE'), link('a3', 't3', 'VERBATIM')])];
    render(<CoverageMatrix rows={stale} columns={columns} onJump={() => {}} baseId="a1" segments={segments} />);
    expect(screen.getByRole('button', { name: 'Dawn, claim 1: Verbatim' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xinhua, claim 1: Verbatim' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reuters, claim 1: Partial' })).toBeInTheDocument();
  });

  it('leaves the cells of outlets that omit a claim empty and says so', () => {
    const { container } = render(<CoverageMatrix rows={rows} columns={columns} onJump={() => {}} />);
    const omitted = container.querySelectorAll('td[data-omitted="true"]');
    expect([...omitted].map((td) => td.getAttribute('aria-label'))).toEqual([
      'Xinhua does not report claim 2',
      'Reuters does not report claim 2',
    ]);
    omitted.forEach((td) => expect(td.querySelector('button')).toBeNull());
    expect(screen.getByText(/said by one outlet only/i).closest('details')).toHaveTextContent('Dawn: 2');
  });

  it('jumps to the claim and outlet of a clicked cell, or to the claim from its label', () => {
    const onJump = jest.fn();
    render(<CoverageMatrix rows={rows} columns={columns} onJump={onJump} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reuters, claim 1: Contradicts' }));
    expect(onJump).toHaveBeenLastCalledWith('c1', 'a3');
    fireEvent.click(screen.getByRole('button', { name: '2. Security of Chinese nationals' }));
    expect(onJump).toHaveBeenLastCalledWith('c2', null);
  });

  it('tells the user when there is nothing to cover yet', () => {
    render(<CoverageMatrix rows={[]} columns={columns} onJump={() => {}} />);
    expect(screen.getByText(/no claims yet/i)).toBeInTheDocument();
  });
});
