import type { ClaimView, LinkView } from '@parallax/doc';
import { type ArticleColumn, type GridRow, cellText, collapseGroups, longestCellLength, orderRows, type SegmentInfo } from './grid';

const columns: ArticleColumn[] = ['a', 'b', 'c'].map((id) => ({
  id,
  outletName: `Outlet ${id.toUpperCase()}`,
  headline: null,
  kind: 'NEWS',
  segments: [],
}));
const segments = new Map<string, SegmentInfo>(
  ['a:0', 'a:1', 'a:2', 'a:3', 'b:0', 'b:1', 'b:2', 'c:0', 'c:1'].map((id) => {
    const [articleId, index] = id.split(':');
    return [id, { id, articleId: articleId!, index: Number(index), text: id }];
  }),
);

function row(id: string, position: number, segs: string[]): GridRow {
  const links = segs.map(
    (s) =>
      ({
        segmentId: s,
        articleId: s.split(':')[0]!,
        relation: 'PARAPHRASE',
        flags: [],
        origin: 'AUTO',
        confidence: 1,
      }) as unknown as LinkView,
  );
  const claim = { id, label: id, position, links } as unknown as ClaimView;
  const cells = new Map<string, LinkView[]>();
  for (const l of links) cells.set(l.articleId, [...(cells.get(l.articleId) ?? []), l]);
  return { claim, cells, outletCount: cells.size };
}

// The aligner's order interleaves single-outlet claims with shared ones, as the seeded comparison did.
const rows = [
  row('only-b1', 0, ['b:1']),
  row('shared-late', 1, ['a:3', 'b:2']),
  row('only-a', 2, ['a:1']),
  row('shared-early', 3, ['a:0', 'c:0']),
  row('shared-no-base', 4, ['b:0', 'c:1']),
  row('only-b0', 5, ['b:0']),
];

describe('orderRows', () => {
  const ordered = orderRows(rows, columns, 'a', segments);

  it("puts claims two or more outlets share first, in the base article's order, then one group per outlet", () => {
    expect(ordered.map((r) => r.claim.id)).toEqual(['shared-early', 'shared-no-base', 'shared-late', 'only-a', 'only-b0', 'only-b1']);
  });

  it('marks single-outlet rows with their outlet and group, the first row opening it', () => {
    expect(ordered.slice(3).map((r) => [r.onlyIn, r.group])).toEqual([
      ['Outlet A', { articleId: 'a', size: 1, first: true }],
      ['Outlet B', { articleId: 'b', size: 2, first: true }],
      ['Outlet B', { articleId: 'b', size: 2, first: false }],
    ]);
    expect(ordered.slice(0, 3).every((r) => r.group === undefined)).toBe(true);
  });

  it('keeps the doc order of shared claims once a person has moved one', () => {
    const moved = rows.map((r) =>
      r.claim.id === 'shared-late' ? { ...r, claim: { ...r.claim, positionOrigin: 'HUMAN' } as ClaimView } : r,
    );
    expect(
      orderRows(moved, columns, 'a', segments)
        .slice(0, 3)
        .map((r) => r.claim.id),
    ).toEqual(['shared-late', 'shared-early', 'shared-no-base']);
  });

  it("keeps the aligner's order among shared claims when there is no base", () => {
    expect(
      orderRows(rows, columns, null, segments)
        .slice(0, 3)
        .map((r) => r.claim.id),
    ).toEqual(['shared-late', 'shared-early', 'shared-no-base']);
  });
});

describe('collapseGroups', () => {
  it('folds a group to the row that opens it and leaves the others alone', () => {
    const ordered = orderRows(rows, columns, 'a', segments);
    expect(collapseGroups(ordered, new Set(['b'])).map((r) => r.claim.id)).toEqual([
      'shared-early',
      'shared-no-base',
      'shared-late',
      'only-a',
      'only-b0',
    ]);
    expect(collapseGroups(ordered, new Set())).toHaveLength(6);
  });
});

describe('longestCellLength', () => {
  it("is the length of the row's longest cell text among the shown columns, 0 when none reports it", () => {
    const r = row('mixed', 0, ['a:0', 'a:2', 'a:3', 'b:1', 'c:0']);
    const all = new Set(['a', 'b', 'c']);
    expect(longestCellLength(r, all, segments)).toBe(cellText(r, 'a', segments)!.length);
    expect(longestCellLength(r, new Set(['b', 'c']), segments)).toBe(3);
    expect(longestCellLength(r, new Set(['z']), segments)).toBe(0);
  });
});
