import type { DiffOp } from '@parallax/align';
import type { ComparisonExport } from '../export.types.js';
import { claimSections } from './report.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function opsToHtml(ops: DiffOp[]): string {
  return ops
    .map((op) => {
      if (op.type === 'equal') return esc(op.otherText);
      if (op.type === 'insert') return `<ins>${esc(op.otherText)}</ins>`;
      if (op.type === 'delete') return `<del>${esc(op.baseText)}</del>`;
      if (op.type === 'replace') return `<del>${esc(op.baseText)}</del> <ins>${esc(op.otherText)}</ins>`;
      return op.otherText ? `<mark class="move" title="moved">${esc(op.otherText)}</mark>` : '';
    })
    .join(' ');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:1200px;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ddd;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f4f4f2}ins{background:#dff5e1;text-decoration:none}del{background:#fde2e1}mark.move{background:#e4e9ff}
.omitted{color:#999;font-style:italic}.note{color:#555;border-left:3px solid #ccc;padding-left:.6rem}`;

/** A self-contained HTML report with the coverage matrix and side-by-side, word-level diffs per claim. */
export function htmlReport(data: ComparisonExport): string {
  const names = new Map(data.articles.map((a) => [a.id, a.outlet ?? a.headline ?? 'Unknown outlet']));
  const cols = data.coverage.articleIds;
  const coverage = data.coverage.rows
    .map((r) => `<tr><th scope="row">${esc(r.label)}</th>${r.cells.map((c) => `<td>${c ?? '<span class="omitted">omitted</span>'}</td>`).join('')}</tr>`)
    .join('');
  const claims = claimSections(data)
    .map((s) => {
      const diffs = new Map(s.witnesses.map((w) => [w.id, w.ops]));
      const cells = cols
        .map((id) => {
          if (id === s.base) return `<td>${s.baseText ? esc(s.baseText) : '<span class="omitted">not reported</span>'}</td>`;
          const ops = diffs.get(id);
          return `<td>${ops ? opsToHtml(ops) : '<span class="omitted">not reported</span>'}</td>`;
        })
        .join('');
      const note = s.claim.note ? `<p class="note">${esc(s.claim.note)}</p>` : '';
      return `<h3>${esc(s.claim.label)}</h3>${note}<table><tr>${cols.map((id) => `<th>${esc(names.get(id) ?? id)}${id === s.base ? ' (base)' : ''}</th>`).join('')}</tr><tr>${cells}</tr></table>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(data.comparison.title)} — Parallax report</title><style>${STYLE}</style></head><body>
<h1>${esc(data.comparison.title)}</h1><p>Exported ${esc(data.exportedAt)} from Parallax.</p>
<h2>Coverage</h2><table><tr><th>Claim</th>${cols.map((id) => `<th>${esc(names.get(id) ?? id)}</th>`).join('')}</tr>${coverage}</table>
<h2>Claims</h2><p>Against the base outlet: <ins>added</ins>, <del>removed</del>, <mark class="move">moved</mark>.</p>
${claims}</body></html>`;
}
