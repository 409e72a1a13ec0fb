import { diffWitnesses, type DiffOp } from '@parallax/align';
import type { ShownRelation } from '@parallax/align';
import type { ComparisonExport } from '../export.types.js';
import { shownByClaim, shownWord } from './shown.js';

/** A claim's wording per article (linked sentences joined in text order). */
function wordings(data: ComparisonExport, claim: ComparisonExport['claims'][number]): Map<string, string> {
  const segs = new Map(data.articles.flatMap((a) => a.segments.map((s) => [s.id, s] as const)));
  const out = new Map<string, { index: number; text: string }[]>();
  for (const l of claim.links) {
    const s = segs.get(l.segmentId);
    if (s) out.set(l.articleId, [...(out.get(l.articleId) ?? []), s]);
  }
  return new Map(
    [...out].map(([id, list]) => [
      id,
      list
        .sort((a, b) => a.index - b.index)
        .map((s) => s.text)
        .join(' '),
    ]),
  );
}

function outletName(data: ComparisonExport, id: string) {
  const a = data.articles.find((x) => x.id === id);
  return a?.outlet ?? a?.headline ?? 'Unknown outlet';
}

/** The base column of reports: the official pivot if any, else the first article. */
export function reportBase(data: ComparisonExport): string | undefined {
  return data.comparison.pivotArticleId ?? data.articles[0]?.id;
}

/** Per claim: the base wording and each other outlet's diff against it. */
export function claimSections(data: ComparisonExport) {
  const base = reportBase(data);
  const shown = shownByClaim(data);
  return data.claims.map((claim) => {
    const texts = wordings(data, claim);
    const baseText = (base && texts.get(base)) || '';
    const others = [...texts].filter(([id]) => id !== base).map(([id, text]) => ({ id, text }));
    return { claim, base, baseText, witnesses: diffWitnesses(baseText, others), texts, shown: shown.get(claim.id) ?? new Map() };
  });
}

/** The relation(s) an outlet's sentences have to the base, as the screen's badges say them. */
function relationWords(shown: Map<string, ShownRelation>, claim: ComparisonExport['claims'][number], articleId: string): string {
  const words = claim.links.filter((l) => l.articleId === articleId).map((l) => shownWord(shown.get(l.segmentId), l.relation));
  return [...new Set(words)].map((w) => w.toLowerCase().replace('_', ' ')).join(', ');
}

// Line breaks become spaces first: a newline in a claim label would otherwise end its heading or table row
// and start Markdown of the author's choosing. Then every character with inline meaning is escaped.
const md = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/([\\`*_[\]|<>~#!])/g, '\\$1');

/** Renders diff ops as Markdown: ~~deleted~~, **inserted**, moves marked with ↷. */
export function opsToMarkdown(ops: DiffOp[]): string {
  return ops
    .map((op) => {
      switch (op.type) {
        case 'equal':
          return md(op.otherText);
        case 'insert':
          return `**${md(op.otherText)}**`;
        case 'delete':
          return `~~${md(op.baseText)}~~`;
        case 'replace':
          return `~~${md(op.baseText)}~~ **${md(op.otherText)}**`;
        default:
          return op.otherText ? `↷*${md(op.otherText)}*` : '';
      }
    })
    .filter(Boolean)
    .join(' ');
}

/** A readable Markdown report: articles, coverage matrix and, claim by claim, each outlet's wording diffed. */
export function markdownReport(data: ComparisonExport): string {
  const lines = [`# ${md(data.comparison.title)}`, '', `Exported ${data.exportedAt} from Parallax.`, '', '## Articles', ''];
  for (const a of data.articles) {
    lines.push(
      `${a.position + 1}. **${md(a.outlet ?? 'Unknown outlet')}** — ${md(a.headline ?? '(no headline)')}${a.publishedAt ? ` (${a.publishedAt.slice(0, 10)})` : ''}`,
    );
  }
  lines.push('', '## Coverage', '', `| Claim | ${data.coverage.articleIds.map((id) => md(outletName(data, id))).join(' | ')} |`);
  lines.push(`|---|${data.coverage.articleIds.map(() => '---').join('|')}|`);
  const single = new Set(data.coverage.uniqueClaims.map((u) => u.claimId));
  for (const r of data.coverage.rows)
    lines.push(`| ${md(r.label)} | ${r.cells.map((c) => (c ? (single.has(r.claimId) ? 'only here' : c) : '—')).join(' | ')} |`);
  lines.push('', '## Claims', '', '_Diffs are against the base outlet: ~~removed~~, **added**, ↷*moved*._');
  for (const s of claimSections(data)) {
    lines.push('', `### ${md(s.claim.label)}`, '');
    if (s.claim.note) lines.push(`> ${md(s.claim.note)}`, '');
    if (s.base) lines.push(`- **${md(outletName(data, s.base))}** (base): ${s.baseText ? md(s.baseText) : '_not reported_'}`);
    for (const w of s.witnesses)
      lines.push(`- **${md(outletName(data, w.id))}** (${relationWords(s.shown, s.claim, w.id)}): ${opsToMarkdown(w.ops)}`);
  }
  return lines.join('\n') + '\n';
}
