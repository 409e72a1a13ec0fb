// Benchmark of the pure importer (@parallax/text): text input, HTML input (linkedom + Readability), PDF
// input (pdf.js), jsdom vs linkedom under Readability, field accuracy on the layout pages
// (packages/text/fixtures/layouts) and on the fresh pages (packages/text/fixtures/fresh), each a kind of
// real page with the fields a person expects, and event-grouping pairwise F1 on the labelled pages.
// Run after building the package: `npm run build -w @parallax/text && node bench/ingest-pure.mjs`.
// Options: --text-runs=N (default 3000), --html-runs=N (default 200). Each part warms up first (1000 / 20 runs).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { importArticle, importPdf, suggestEvents } from '../packages/text/dist/index.js';
import {
  BLIND3_DIR,
  BLIND4_DIR,
  BLIND5_DIR,
  BLIND6_DIR,
  BLIND7_DIR,
  BLIND8_DIR,
  BLIND9_DIR,
  BLIND10_DIR,
  FIELDS,
  FRESH_DIR,
  inputOf,
  loadLayouts,
  pairwiseF1,
  scoreLayout,
} from '../packages/text/fixtures/layouts.mjs';
import { makePdf } from '../packages/text/fixtures/make-pdf.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = resolve(here, '../seeds');
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TEXT_RUNS = arg('text-runs', 3000);
const HTML_RUNS = arg('html-runs', 200);

const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

// Light variants of what users paste: Windows line endings, extra blank lines and trailing spaces,
// no-break spaces after sentences, a navigation header and a promo footer.
const variants = seeds.flatMap((s) => [
  s,
  s.replace(/\n/g, '\r\n'),
  s.replace(/\n/g, '  \n\n'),
  s.replace(/\. /g, '.\u00a0'),
  `Home\nWorld\nLatest News\n${s}\nShare this article\nFacebook\nTwitter\nDownload our app\n© 2025 Example Media. All rights reserved.`,
]);

function toHtml(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const [headline, ...rest] = lines;
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${esc(headline)} | Example</title>
<meta property="og:site_name" content="Example Media"><meta property="article:published_time" content="2025-02-05T10:00:00Z">
<style>body{font:16px serif}.ad{display:none}</style><script>var tracking = "track";</script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>${esc(headline)}</h1>
${rest.map((l) => `<p>${esc(l)}</p>`).join('\n')}
</article><script>console.log("x")</script><footer>© 2025 Example Media</footer></body></html>`;
}
const pages = seeds.map(toHtml);

function run(label, inputs, runs, warmup, make) {
  // Warm-up so that the figures measure steady state, not JIT compilation.
  for (let i = 0; i < warmup; i += 1) importArticle(make(inputs[i % inputs.length]));
  const times = [];
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) {
    const input = inputs[i % inputs.length];
    const t = process.hrtime.bigint();
    importArticle(make(input));
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    bytes += input.length;
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(3);
  console.log(
    `${label.padEnd(6)} ${String(runs).padStart(5)} articles in ${totalMs.toFixed(0).padStart(6)} ms  ` +
      `${(runs / (totalMs / 1000)).toFixed(0).padStart(6)} articles/s  ${(totalMs / runs).toFixed(3)} ms/article  ` +
      `p50 ${pct(0.5)} ms  p95 ${pct(0.95)} ms  avg input ${(bytes / runs / 1024).toFixed(1)} KB`,
  );
}

console.log(`@parallax/text importArticle — node ${process.version}, ${variants.length} text variants, ${pages.length} HTML pages`);
run('text', variants, TEXT_RUNS, 1000, (text) => ({ text }));
run('html', pages, HTML_RUNS, 20, (html) => ({ html }));

// PDF: each seed laid out as a two-page statement (one text line per paragraph), parsed by pdf.js.
const PDF_RUNS = arg('pdf-runs', 60);
const pdfs = seeds.map((s) => {
  const lines = s
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/[^\x20-\x7e]/g, ' ').slice(0, 120));
  const half = Math.ceil(lines.length / 2);
  return makePdf([lines.slice(0, half).flatMap((l) => [l, '']), lines.slice(half).flatMap((l) => [l, ''])]);
});
for (let i = 0; i < 5; i += 1) await importPdf(pdfs[i % pdfs.length]);
const pdfStart = performance.now();
for (let i = 0; i < PDF_RUNS; i += 1) await importPdf(pdfs[i % pdfs.length]);
const pdfMs = performance.now() - pdfStart;
console.log(
  `pdf    ${String(PDF_RUNS).padStart(5)} articles in ${pdfMs.toFixed(0).padStart(6)} ms  ${(PDF_RUNS / (pdfMs / 1000)).toFixed(0).padStart(6)} articles/s  ${(pdfMs / PDF_RUNS).toFixed(3)} ms/article`,
);

// jsdom vs linkedom: the same pages through Readability alone, to justify the DOM the importer uses.
const requireText = createRequire(new URL('../packages/text/package.json', import.meta.url));
const { JSDOM, VirtualConsole } = requireText('jsdom');
const { Readability } = requireText('@mozilla/readability');
const { parseHTML } = await import('linkedom');
const viaJsdom = (html) => {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const a = new Readability(dom.window.document).parse();
  dom.window.close();
  return a?.textContent.trim() ?? '';
};
const viaLinkedom = (html) => new Readability(parseHTML(html).document).parse()?.textContent.trim() ?? '';
const htmlLayouts = loadLayouts()
  .filter((l) => l.html)
  .map((l) => l.html);
const domPages = [...pages, ...htmlLayouts];
const same = domPages.filter((p) => viaJsdom(p) === viaLinkedom(p)).length;
for (const [name, fn] of [
  ['jsdom', viaJsdom],
  ['linkedom', viaLinkedom],
]) {
  for (let i = 0; i < 10; i += 1) fn(domPages[i % domPages.length]);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 2000) fn(domPages[n++ % domPages.length]);
  console.log(`readability on ${name.padEnd(8)} ${(n / ((performance.now() - t0) / 1000)).toFixed(0).padStart(5)} pages/s`);
}
console.log(`readability text identical on jsdom and linkedom: ${same}/${domPages.length} pages`);

// Field accuracy on both fixture sets: the layout pages the rules were built on, and the fresh pages
// written without reading the rules (their first score estimated accuracy on unseen pages).
function fieldAccuracy(name, pages) {
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0]));
  const stated = Object.fromEntries(FIELDS.map((f) => [f, 0]));
  let allRight = 0;
  const wrong = [];
  for (const l of pages) {
    const score = scoreLayout(importArticle(inputOf(l)), l.expect);
    for (const [f, ok] of Object.entries(score)) {
      stated[f] += 1;
      right[f] += ok ? 1 : 0;
    }
    if (Object.values(score).every(Boolean)) allRight += 1;
    else
      wrong.push(
        `  wrong on ${l.file}: ${Object.keys(score)
          .filter((f) => !score[f])
          .join(', ')}`,
      );
  }
  console.log(`\nfield accuracy on ${pages.length} ${name}:`);
  for (const line of wrong) console.log(line);
  console.log(FIELDS.map((f) => `${f} ${right[f]}/${stated[f]}`).join('  '));
  console.log(`every core field right: ${allRight}/${pages.length}`);
}
const layouts = loadLayouts();
const fresh = loadLayouts(FRESH_DIR);
const blind3 = loadLayouts(BLIND3_DIR);
const blind4 = loadLayouts(BLIND4_DIR);
const blind5 = loadLayouts(BLIND5_DIR);
const blind6 = loadLayouts(BLIND6_DIR);
const blind7 = loadLayouts(BLIND7_DIR);
const blind8 = loadLayouts(BLIND8_DIR);
const blind9 = loadLayouts(BLIND9_DIR);
const blind10 = loadLayouts(BLIND10_DIR);
// First scores, before any rule was changed for them: blind3 8/15 pages with every core field right (written
// before reading the rules; 9/15 once two mistakes in its expectations were corrected); blind4 6/8 (written
// after blind3's fixes, by an engineer who had read the rules); blind5 5/15 (layouts unlike the others, expected
// fields written before the first run; 15/15 after its rules); blind6 2/7 (written after blind5's fixes; 7/7 after
// its rules); blind7 4/10 (layouts unlike all earlier sets, expected fields written before the first run; 10/10
// after its rules; grouping on its own 3 events F1 0.727 dated, 0.400 undated on the first run); blind8 2/5
// (written after blind7's rules; 5/5 after its rules); blind9 7/8 (imitating the held-out mix; 8/8 after its
// rule); blind10 4/6 (the same mix, written after blind9's rule; 6/6 after its rules).
const sets = [
  ['layout pages (packages/text/fixtures/layouts)', layouts],
  ['fresh pages (packages/text/fixtures/fresh)', fresh],
  ['blind3 pages (packages/text/fixtures/blind3)', blind3],
  ['blind4 pages (packages/text/fixtures/blind4)', blind4],
  ['blind5 pages (packages/text/fixtures/blind5)', blind5],
  ['blind6 pages (packages/text/fixtures/blind6)', blind6],
  ['blind7 pages (packages/text/fixtures/blind7)', blind7],
  ['blind8 pages (packages/text/fixtures/blind8)', blind8],
  ['blind9 pages (packages/text/fixtures/blind9)', blind9],
  ['blind10 pages (packages/text/fixtures/blind10)', blind10],
  [
    'pages of all ten sets',
    [...layouts, ...fresh, ...blind3, ...blind4, ...blind5, ...blind6, ...blind7, ...blind8, ...blind9, ...blind10],
  ],
];
for (const [name, pages] of sets) fieldAccuracy(name, pages);

// Event grouping: suggestEvents over the imported pages, scored pairwise against the "# event:" labels,
// with the dates the importer found, with every other date removed, and with none (pages often come undated).
for (const [name, pages] of sets) {
  const labelled = pages.filter((l) => l.event);
  if (labelled.length === 0) {
    console.log(`event grouping on ${name}: no event labels, not scored`);
    continue;
  }
  const candidates = labelled.map((l) => {
    const a = importArticle(inputOf(l));
    return { id: l.file, headline: a.headline, body: a.body, publishedAt: a.publishedAt };
  });
  const labels = new Map(labelled.map((l) => [l.file, l.event]));
  const events = new Set(labelled.map((l) => l.event)).size;
  for (const [how, input] of [
    ['with dates', candidates],
    ['with every other date removed', candidates.map((c, i) => (i % 2 === 1 ? { ...c, publishedAt: null } : c))],
    ['without dates', candidates.map((c) => ({ ...c, publishedAt: null }))],
  ]) {
    const groups = suggestEvents(input).map((g) => g.articleIds);
    const { precision, recall, f1 } = pairwiseF1(groups, labels);
    console.log(
      `event grouping on ${labelled.length} ${name} (${events} events) ${how}: pairwise precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${groups.length} groups)`,
    );
  }
}
