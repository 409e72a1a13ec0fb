import { shownRelations, type ShownRelation } from '@parallax/align';
import type { ComparisonExport } from '../export.types.js';

/** The base outlet of every export: the official pivot if any, else the first article (the screen's default). */
export function exportBase(data: Pick<ComparisonExport, 'comparison' | 'articles'>): string | null {
  return data.comparison.pivotArticleId ?? data.articles[0]?.id ?? null;
}

/**
 * Per claim, each link's relation as the comparison screen shows it against the same base: measured against
 * the base wording, "only here" for a claim one outlet alone makes, the base itself, or a person's choice. Where
 * the base omits a claim, the first reporting article in comparison order stands in for it, as on screen.
 */
export function shownByClaim(data: Pick<ComparisonExport, 'comparison' | 'articles' | 'claims'>): Map<string, Map<string, ShownRelation>> {
  const segments = new Map(data.articles.flatMap((a) => a.segments.map((s) => [s.id, s] as const)));
  const base = exportBase(data);
  const order = data.articles.map((a) => a.id);
  return new Map(data.claims.map((c) => [c.id, shownRelations(c, base, (id) => segments.get(id), order)]));
}

/** The word an export writes for a shown relation: the relation, BASE, or ONLY_HERE. */
export function shownWord(shown: ShownRelation | undefined, stored: string): string {
  if (!shown) return stored;
  if (shown.kind === 'only-here') return 'ONLY_HERE';
  return shown.kind === 'base' ? 'BASE' : shown.relation;
}

/** The flags an export writes with a shown relation (none where there is nothing to compare with). */
export function shownFlags(shown: ShownRelation | undefined, stored: string[]): string[] {
  if (!shown) return stored;
  return shown.kind === 'relation' ? shown.flags : [];
}
