import type { ComparisonExport } from '../export.types.js';
import { shownByClaim, shownFlags, shownWord } from './shown.js';

/** Quotes a CSV cell (RFC 4180) and defuses spreadsheet formulas (=, +, -, @ at the start). */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function outletOf(data: ComparisonExport, articleId: string): string {
  const a = data.articles.find((x) => x.id === articleId);
  return a?.outlet ?? a?.headline ?? articleId;
}

/**
 * One row per claim ↔ sentence link: claim, outlet, relation, flags, origin, confidence and the sentence. The
 * relation is the one the comparison screen shows against the same base (BASE for the base outlet's own
 * sentences, ONLY_HERE for a claim one outlet alone makes).
 */
export function linksCsv(data: ComparisonExport): string {
  const segments = new Map(data.articles.flatMap((a) => a.segments.map((s) => [s.id, s.text] as const)));
  const shown = shownByClaim(data);
  const rows: unknown[][] = [
    ['claim_id', 'claim', 'position', 'article_id', 'outlet', 'relation', 'flags', 'origin', 'confidence', 'sentence'],
  ];
  data.claims.forEach((c, i) => {
    for (const l of c.links) {
      const s = shown.get(c.id)?.get(l.segmentId);
      const relation = shownWord(s, l.relation);
      const flags = shownFlags(s, l.flags).join(' ');
      rows.push([
        c.id,
        c.label,
        i + 1,
        l.articleId,
        outletOf(data, l.articleId),
        relation,
        flags,
        l.origin,
        l.confidence.toFixed(2),
        segments.get(l.segmentId) ?? '',
      ]);
    }
  });
  return csv(rows);
}

/** The coverage matrix: one row per claim, one column per outlet, the relation or OMITTED. */
export function coverageCsv(data: ComparisonExport): string {
  const header = ['claim_id', 'claim', ...data.coverage.articleIds.map((id) => outletOf(data, id))];
  const single = new Set(data.coverage.uniqueClaims.map((u) => u.claimId));
  const rows = data.coverage.rows.map((r) => [
    r.claimId,
    r.label,
    ...r.cells.map((c) => (c ? (single.has(r.claimId) ? 'ONLY_HERE' : c) : 'OMITTED')),
  ]);
  return csv([header, ...rows]);
}
