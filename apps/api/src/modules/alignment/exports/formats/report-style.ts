import { createHash } from 'node:crypto';

/**
 * The HTML report's one stylesheet. The report is served with its own Content-Security-Policy that
 * allows exactly this stylesheet by hash (no inline style attributes, no scripts), so it stays safe to
 * open in a tab of the app's origin.
 */
export const REPORT_STYLE = `:root{color-scheme:light}body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1200px;margin:2rem auto;padding:0 1.25rem;color:#1d1d1f}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{margin:2rem 0 .5rem;font-size:1.2rem}h3{margin:1.5rem 0 .4rem;font-size:1rem}
.meta{color:#63636b;margin:0 0 1rem}.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;color:#444;margin:.5rem 0}
.legend span{display:inline-flex;align-items:center;gap:.35rem}.swatch{width:.9rem;height:.9rem;border-radius:3px;display:inline-block;border:1px solid #0001}
table{border-collapse:collapse;width:100%;margin:.75rem 0}th,td{border:1px solid #e2e2de;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f4f4f2;font-weight:600}.heat th[scope=col]{font-size:.8rem;padding:.5rem .3rem;vertical-align:bottom;text-align:center}.heat .vertical{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:11rem;overflow:hidden;text-overflow:ellipsis}
.heat td{width:2.2rem;text-align:center;font-size:.72rem;font-weight:600}.heat th[scope=row]{font-weight:500;min-width:16rem}
.rel-verbatim{background:#1f6f43;color:#fff}.rel-paraphrase{background:#5fb57f;color:#05250f}.rel-partial{background:#cde9d3;color:#1d3d25}
.rel-contradicts{background:#c8412f;color:#fff}.rel-omitted{background:#f3f3f0;color:#9a9a94}.rel-only-here{background:#2f5fd0;color:#fff}
.stats td.num{text-align:right;font-variant-numeric:tabular-nums;width:5rem}.stats svg{display:block}
.bar-shared{fill:#3d8f5f}.bar-unique{fill:#2457d6}.bar-omitted{fill:#d9d9d4}.sw-shared{background:#3d8f5f}.sw-unique{background:#2457d6}.sw-omitted{background:#d9d9d4}
ins{background:#dff5e1;text-decoration:none}del{background:#fde2e1}mark.move{background:#e4e9ff}
.omitted{color:#999;font-style:italic}.note{color:#555;border-left:3px solid #ccc;padding-left:.6rem}
.claims table{table-layout:fixed}.claims td{overflow-wrap:break-word}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}table,h3{break-inside:avoid}.heat th[scope=row]{min-width:10rem}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}`;

/** The CSP header value for the report: its stylesheet by hash, nothing else. */
export const REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(REPORT_STYLE).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;
