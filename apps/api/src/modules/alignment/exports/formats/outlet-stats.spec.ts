import { outletStats } from './outlet-stats.js';

describe('outletStats', () => {
  it('counts, per outlet, claims shared with another outlet, unique to it, and omitted while others report them', () => {
    const stats = outletStats({
      articleIds: ['a', 'b', 'c'],
      rows: [
        { claimId: '1', label: 'All three', cells: ['VERBATIM', 'PARAPHRASE', 'PARTIAL'] },
        { claimId: '2', label: 'A and B', cells: ['VERBATIM', 'CONTRADICTS', null] },
        { claimId: '3', label: 'Only C', cells: [null, null, 'PARAPHRASE'] },
        { claimId: '4', label: 'Empty', cells: [null, null, null] },
      ],
      uniqueClaims: [],
      sharedWire: [],
    });
    expect(stats).toEqual([
      { articleId: 'a', shared: 2, unique: 0, omitted: 1 },
      { articleId: 'b', shared: 2, unique: 0, omitted: 1 },
      { articleId: 'c', shared: 1, unique: 1, omitted: 1 },
    ]);
  });
});
