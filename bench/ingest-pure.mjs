// Benchmark of the pure importer (@parallax/text): text input, then HTML input (jsdom + Readability).
// Run after building the package: `npm run build -w @parallax/text && node bench/ingest-pure.mjs`.
// Options: --text-runs=N (default 3000), --html-runs=N (default 200). Each part warms up first (1000 / 20 runs).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importArticle } from '../packages/text/dist/index.js';

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
