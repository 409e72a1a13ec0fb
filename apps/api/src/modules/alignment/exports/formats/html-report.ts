import type { DiffOp } from '@parallax/align';
import type { ComparisonExport } from '../export.types.js';
import { claimSections } from './report.js';
import { coverageHeatMap, esc, outletCounts, outletNames } from './report-charts.js';
import { REPORT_STYLE } from './report-style.js';

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

/**
 * A self-contained, printable HTML report: the coverage matrix as a heat map, per-outlet counts of shared,
 * unique and omitted claims, and side-by-side word-level diffs per claim.
 */
export function htmlReport(data: ComparisonExport): string {
  const names = outletNames(data);
  const cols = data.coverage.articleIds;
  const claimCount = data.claims.length;
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
  const outlets = `${cols.length} ${cols.length === 1 ? 'outlet' : 'outlets'}`;
  const claimsText = `${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(data.comparison.title)} — Parallax report</title><style>${REPORT_STYLE}</style></head><body>
<h1>${esc(data.comparison.title)}</h1><p class="meta">${outlets} · ${claimsText} · exported ${esc(data.exportedAt.slice(0, 10))} from Parallax</p>
<h2>Who reported what</h2>${outletCounts(data)}
<h2>Coverage</h2>${coverageHeatMap(data)}
<h2>Claims</h2><p>Against the base outlet: <ins>added</ins>, <del>removed</del>, <mark class="move">moved</mark>.</p>
<div class="claims">${claims}</div></body></html>`;
}
