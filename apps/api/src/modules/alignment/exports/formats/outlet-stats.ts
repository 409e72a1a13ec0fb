import type { CoverageResult } from '@parallax/align';

/** What one outlet carried, against the others. */
export interface OutletStats {
  articleId: string;
  /** Claims this outlet reports that at least one other outlet reports too. */
  shared: number;
  /** Claims other outlets report that this one does not. */
  omitted: number;
  /** Claims only this outlet reports. */
  unique: number;
}

/** Per-outlet counts of shared, omitted and unique claims, from the coverage matrix (claims with no links are skipped). */
export function outletStats(coverage: CoverageResult): OutletStats[] {
  const stats = coverage.articleIds.map((articleId) => ({ articleId, shared: 0, omitted: 0, unique: 0 }));
  for (const row of coverage.rows) {
    const present = row.cells.filter((c) => c !== null).length;
    if (present === 0) continue;
    row.cells.forEach((cell, i) => {
      const s = stats[i]!;
      if (cell === null) s.omitted += 1;
      else if (present === 1) s.unique += 1;
      else s.shared += 1;
    });
  }
  return stats;
}
