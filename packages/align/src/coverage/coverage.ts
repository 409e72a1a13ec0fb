import type { CoverageInput, CoverageResult, Relation } from '../types.js';

/** Limits for reporting a pair of articles as sharing wire copy. */
export interface CoverageOptions {
  /** Fewest claims both articles carry verbatim; default 2. */
  minVerbatimLinks?: number;
  /** Smallest share of the claims both carry that are verbatim in both; default 0.5. */
  minShare?: number;
}

// When one outlet has several links in a claim, the cell shows the most telling: a contradiction first, then the
// closest wording.
const RANK: Readonly<Record<Relation, number>> = { CONTRADICTS: 4, VERBATIM: 3, PARAPHRASE: 2, PARTIAL: 1 };

/**
 * Builds the claims × articles matrix (each cell the article's relation to the claim, or null when it omits the
 * claim), lists the claims only one article makes, and finds pairs of articles that carry many of the same claims
 * verbatim (both VERBATIM to the claim's reference), which points to a shared wire source. `share` is the number
 * of such claims over the number of claims both articles carry.
 */
export function coverage(input: CoverageInput, options: CoverageOptions = {}): CoverageResult {
  const articleIds = input.articles.map((a) => a.id);
  const column = new Map(articleIds.map((id, i) => [id, i]));
  const pairs = new PairCounter(articleIds.length);
  const rows: CoverageResult['rows'] = [];
  const uniqueClaims: CoverageResult['uniqueClaims'] = [];
  for (const claim of input.claims) {
    const cells: (Relation | null)[] = articleIds.map(() => null);
    for (const link of claim.links) {
      const i = column.get(link.articleId);
      if (i === undefined) continue;
      const current = cells[i];
      if (!current || RANK[link.relation] > RANK[current]) cells[i] = link.relation;
    }
    rows.push({ claimId: claim.id, label: claim.label, cells });
    const present = new Set(claim.links.map((l) => l.articleId));
    if (present.size === 1) uniqueClaims.push({ claimId: claim.id, articleId: [...present][0]! });
    pairs.countClaim(cells);
  }
  return { articleIds, rows, uniqueClaims, sharedWire: pairs.sharedWire(articleIds, options) };
}

/** Counts, for every pair of articles, the claims both carry and the claims both carry verbatim. */
class PairCounter {
  private readonly both = new Map<number, number>();
  private readonly verbatim = new Map<number, number>();

  constructor(private readonly n: number) {}

  countClaim(cells: (Relation | null)[]): void {
    const present: number[] = [];
    const verbatim: number[] = [];
    cells.forEach((cell, i) => {
      if (!cell) return;
      present.push(i);
      if (cell === 'VERBATIM') verbatim.push(i);
    });
    this.countPairs(present, this.both);
    this.countPairs(verbatim, this.verbatim);
  }

  private countPairs(columns: number[], into: Map<number, number>): void {
    for (let x = 0; x < columns.length; x++) {
      for (let y = x + 1; y < columns.length; y++) {
        const key = columns[x]! * this.n + columns[y]!;
        into.set(key, (into.get(key) ?? 0) + 1);
      }
    }
  }

  sharedWire(ids: string[], options: CoverageOptions): CoverageResult['sharedWire'] {
    const minLinks = options.minVerbatimLinks ?? 2;
    const minShare = options.minShare ?? 0.5;
    const out: CoverageResult['sharedWire'] = [];
    for (const [key, verbatimLinks] of this.verbatim) {
      const share = verbatimLinks / this.both.get(key)!;
      if (verbatimLinks < minLinks || share < minShare) continue;
      const pair: [string, string] = [ids[Math.floor(key / this.n)]!, ids[key % this.n]!];
      out.push({ articleIds: pair, verbatimLinks, share: Math.round(share * 1000) / 1000 });
    }
    return out.sort((a, b) => b.share - a.share || b.verbatimLinks - a.verbatimLinks || a.articleIds.join().localeCompare(b.articleIds.join()));
  }
}
