import type { CoverageInput, Relation } from '../types.js';
import { coverage } from './coverage.js';

function claim(id: string, links: [string, Relation][]): CoverageInput['claims'][number] {
  return { id, label: id, links: links.map(([articleId, relation], i) => ({ segmentId: `${id}-${i}`, articleId, relation })) };
}

const input: CoverageInput = {
  articles: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  claims: [
    claim('k1', [['a', 'VERBATIM'], ['b', 'VERBATIM'], ['c', 'PARAPHRASE']]),
    claim('k2', [['a', 'VERBATIM'], ['b', 'VERBATIM']]),
    claim('k3', [['a', 'VERBATIM'], ['b', 'PARTIAL'], ['b', 'VERBATIM'], ['c', 'VERBATIM']]),
    claim('k4', [['c', 'VERBATIM']]),
    claim('k5', [['a', 'PARAPHRASE'], ['c', 'CONTRADICTS'], ['c', 'VERBATIM']]),
  ],
};

describe('coverage', () => {
  const result = coverage(input);

  it('builds the claims × articles matrix with null for omissions and the strongest relation per cell', () => {
    expect(result.articleIds).toEqual(['a', 'b', 'c']);
    expect(result.rows.map((r) => r.cells)).toEqual([
      ['VERBATIM', 'VERBATIM', 'PARAPHRASE'],
      ['VERBATIM', 'VERBATIM', null],
      ['VERBATIM', 'VERBATIM', 'VERBATIM'],
      [null, null, 'VERBATIM'],
      ['PARAPHRASE', null, 'CONTRADICTS'],
    ]);
  });

  it('lists the claims only one article makes', () => {
    expect(result.uniqueClaims).toEqual([{ claimId: 'k4', articleId: 'c' }]);
  });

  it('finds article pairs that share wire copy', () => {
    expect(result.sharedWire[0]).toEqual({ articleIds: ['a', 'b'], verbatimLinks: 3, share: 1 });
    // a and c share three claims, only one of them verbatim in both: below the default share of one half.
    expect(result.sharedWire.some((p) => p.articleIds.join() === 'a,c')).toBe(false);
    expect(coverage(input, { minShare: 0.3, minVerbatimLinks: 1 }).sharedWire.map((p) => p.articleIds.join())).toContain('a,c');
  });
});
