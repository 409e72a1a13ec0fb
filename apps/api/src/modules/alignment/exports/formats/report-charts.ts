import type { ComparisonExport } from '../export.types.js';
import { outletStats } from './outlet-stats.js';

/** Escapes text for HTML. */
export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A column label short enough for a heat-map header; the full name goes in the title. */
function short(name: string, max = 28): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

const LABEL: Record<string, string> = { VERBATIM: 'verbatim', PARAPHRASE: 'paraphrase', PARTIAL: 'partial', CONTRADICTS: 'contradicts' };
const SHORT: Record<string, string> = { VERBATIM: 'V', PARAPHRASE: 'P', PARTIAL: '½', CONTRADICTS: '✗' };

/** The outlet names of the export, by article id. */
export function outletNames(data: ComparisonExport): Map<string, string> {
  return new Map(data.articles.map((a) => [a.id, a.outlet ?? a.headline ?? 'Unknown outlet']));
}

function legend(): string {
  const items = [
    ...Object.entries(LABEL).map(([, text]) => [`rel-${text}`, text] as const),
    ['rel-only-here', 'only this outlet'] as const,
    ['rel-omitted', 'omitted'] as const,
  ];
  return `<div class="legend">${items.map(([cls, text]) => `<span><i class="swatch ${cls}"></i>${text}</span>`).join('')}</div>`;
}

/** The coverage matrix as a heat map: one row per claim, one column per outlet, coloured by relation. */
export function coverageHeatMap(data: ComparisonExport): string {
  const names = outletNames(data);
  const head = data.coverage.articleIds
    .map((id) => {
      const name = names.get(id) ?? id;
      return `<th scope="col" title="${esc(name)}"><span class="vertical">${esc(short(name))}</span></th>`;
    })
    .join('');
  // A claim one outlet alone makes has nothing to be verbatim or a paraphrase of: it reads "only here", as on screen.
  const single = new Set(data.coverage.uniqueClaims.map((u) => u.claimId));
  const rows = data.coverage.rows
    .map((r) => {
      const cells = r.cells
        .map((c, i) => {
          const outlet = esc(names.get(data.coverage.articleIds[i]!) ?? '');
          if (c && single.has(r.claimId)) return `<td class="rel-only-here" title="${outlet}: only this outlet">•</td>`;
          return c
            ? `<td class="rel-${LABEL[c]}" title="${outlet}: ${LABEL[c]}">${SHORT[c]}</td>`
            : `<td class="rel-omitted" title="${outlet}: omitted">·</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(r.label)}</th>${cells}</tr>`;
    })
    .join('');
  return `${legend()}<table class="heat"><thead><tr><th>Claim</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Per-outlet counts of shared, unique and omitted claims, each with a stacked bar (SVG: no inline styles). */
export function outletCounts(data: ComparisonExport): string {
  const names = outletNames(data);
  const stats = outletStats(data.coverage);
  const max = Math.max(1, ...stats.map((s) => s.shared + s.unique + s.omitted));
  const width = 260;
  const rows = stats
    .map((s) => {
      const w = (n: number) => Math.round((n / max) * width);
      const [a, b, c] = [w(s.shared), w(s.unique), w(s.omitted)];
      const bar = `<svg width="${width}" height="14" role="img" aria-label="${s.shared} shared, ${s.unique} unique, ${s.omitted} omitted"><rect class="bar-shared" x="0" width="${a}" height="14"/><rect class="bar-unique" x="${a}" width="${b}" height="14"/><rect class="bar-omitted" x="${a + b}" width="${c}" height="14"/></svg>`;
      return `<tr><th scope="row">${esc(names.get(s.articleId) ?? s.articleId)}</th><td class="num">${s.shared}</td><td class="num">${s.unique}</td><td class="num">${s.omitted}</td><td>${bar}</td></tr>`;
    })
    .join('');
  const key = `<div class="legend"><span><i class="swatch sw-shared"></i>shared with another outlet</span><span><i class="swatch sw-unique"></i>only this outlet</span><span><i class="swatch sw-omitted"></i>omitted (others report it)</span></div>`;
  return `${key}<table class="stats"><thead><tr><th>Outlet</th><th>Shared</th><th>Unique</th><th>Omitted</th><th>Claims</th></tr></thead><tbody>${rows}</tbody></table>`;
}
