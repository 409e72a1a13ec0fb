#!/usr/bin/env node
// Importer figures: the pure pipeline (bench/ingest-pure.mjs: rates, jsdom vs linkedom, field accuracy on
// the layout pages), importArticles end to end into Postgres for 1,000 articles through GraphQL, URL and
// PDF imports end to end (pages served by a local HTTP server the product is allowed to fetch), and
// /healthz latency while hostile pages are parsed. Run: npm run bench:ingest
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { makePdf } from '../packages/text/fixtures/make-pdf.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoToken, freshDataDir, removeDataDir, REPO_ROOT, startProduct } from '../test/support/product.mjs';

spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench', 'ingest-pure.mjs')], { stdio: 'inherit' });

const seeds = readdirSync(path.join(REPO_ROOT, 'seeds'))
  .sort()
  .map((f) => readFileSync(path.join(REPO_ROOT, 'seeds', f), 'utf8'));
/** 1,000 distinct articles: the seeds with a numbered sentence added, so each has its own content hash. */
function articles(ws, n, offset) {
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length];
    const k = offset + i;
    // Append a numbered sentence to the longest paragraph, so the body (and its hash) differs per copy.
    const lines = seed.split('\n');
    const longest = lines.reduce((best, l, j) => (l.length > lines[best].length ? j : best), 0);
    lines[longest] += ` In bench copy ${k}, officials confirmed the figures.`;
    return { workspaceId: ws, text: lines.join('\n') };
  });
}

// Pages for URL imports: each seed as HTML, made distinct by a numbered sentence (?k=N).
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const pageServer = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const i = Number(url.pathname.split('/').pop()) % seeds.length;
  const [headline, ...rest] = seeds[i].split('\n').filter((l) => l.trim() !== '');
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(
      `<html><head><title>${esc(headline)}</title></head><body><nav>Home World</nav><article><h1>${esc(headline)}</h1>${rest.map((l, j) => `<p>${esc(l)}${j === 3 ? ` In page copy ${url.searchParams.get('k')}, officials confirmed the figures.` : ''}</p>`).join('')}</article><footer>© 2025 Example</footer></body></html>`,
    );
});
await new Promise((r) => pageServer.listen(0, '127.0.0.1', r));
const pagePort = pageServer.address().port;

const dataDir = freshDataDir();
const product = await startProduct({ dataDir, env: { IMPORT_FETCH_ALLOW: `127.0.0.1:${pagePort}` } });
try {
  const token = await demoToken(product);
  const ws = (await product.gql(`mutation { createWorkspace(name: "Ingest bench") { id } }`, {}, token)).data.createWorkspace.id;
  await product.gql(
    `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported } }`,
    { inputs: articles(ws, 50, 100000) },
    token,
  );
  const rows = [];
  for (const batch of [100, 1000]) {
    const t0 = performance.now();
    let imported = 0;
    for (let done = 0; done < 1000; done += batch) {
      const res = await product.gql(
        `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported failed } }`,
        { inputs: articles(ws, batch, batch * 10000 + done) },
        token,
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      imported += res.data.importArticles.imported;
    }
    const s = (performance.now() - t0) / 1000;
    rows.push(`| importArticles end to end, batches of ${batch} | ${imported} | ${s.toFixed(2)} s | ${(imported / s).toFixed(0)} |`);
  }
  const timed = async (label, inputs) => {
    const t0 = performance.now();
    const res = await product.gql(
      `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported failed results { error { code } } } }`,
      { inputs },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const s = (performance.now() - t0) / 1000;
    const codes = [...new Set(res.data.importArticles.results.map((r) => r.error?.code).filter(Boolean))];
    rows.push(
      `| ${label} | ${res.data.importArticles.imported}${codes.length ? ` (failed: ${codes.join(', ')})` : ''} | ${s.toFixed(2)} s | ${(res.data.importArticles.imported / s).toFixed(0)} |`,
    );
  };
  await timed(
    'importArticles of 100 URLs (fetch + HTML parse on workers)',
    Array.from({ length: 100 }, (_, k) => ({ workspaceId: ws, url: `http://127.0.0.1:${pagePort}/a/${k}?k=${k}` })),
  );
  const pdfInputs = articles(ws, 50, 900000).map(({ text }) => {
    // One PDF text line per ~90 characters, paragraphs separated by an empty line (the bench sentence included).
    const lines = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(/[^\x20-\x7e]/g, ' '));
    const wrapped = lines.flatMap((l) => [...(l.match(/.{1,90}(?:\s|$)/g) ?? [l]).map((w) => w.trim()), '']);
    // A page holds about 54 lines of 14 pt: longer seeds ran off the one page, lost their bench sentence with
    // the text below the page's edge, and came out as duplicates (9 of 50); 45 lines a page keeps all of it.
    const pages = Array.from({ length: Math.ceil(wrapped.length / 45) }, (_, p) => wrapped.slice(p * 45, p * 45 + 45));
    return { workspaceId: ws, pdfBase64: Buffer.from(makePdf(pages)).toString('base64') };
  });
  await timed('importArticles of 50 PDFs (pdf.js on workers)', pdfInputs);
  console.log('\n| path | articles | time | articles/s |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(r);
  await hostile(ws, token);
} finally {
  pageServer.close();
  await product.stop();
  removeDataDir(dataDir);
}

// /healthz while four hostile pages (20,000 nested divs, 50,000 empty paragraphs) are imported, polled
// from this process every 10 ms; the idle figure is the machine's own jitter for comparison.
async function hostile(ws, token) {
  const NESTED = `<html><body>${'<div>'.repeat(20_000)}Deep.${'</div>'.repeat(20_000)}</body></html>`;
  const EMPTY = `<html><body>${'<p></p>'.repeat(50_000)}<p>One sentence.</p></body></html>`;
  const poll = async (work) => {
    const times = [];
    let done = false;
    work.finally(() => (done = true));
    while (!done) {
      const t0 = performance.now();
      await fetch(`${product.url}/healthz`);
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
    times.sort((a, b) => a - b);
    return `median ${times[times.length >> 1].toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms (${times.length} polls)`;
  };
  const idle = await poll(new Promise((r) => setTimeout(r, 1000)));
  console.log(`\n/healthz idle: ${idle}`);
  const q = `mutation($input: ImportArticleInput!) { importArticle(input: $input) { id } }`;
  for (let round = 1; round <= 3; round += 1) {
    const t0 = performance.now();
    let codes = [];
    const hostilePages = Array.from({ length: 4 }, () => [NESTED, EMPTY]).flat();
    const during = await poll(
      Promise.all(hostilePages.map((html) => product.gql(q, { input: { workspaceId: ws, html } }, token))).then(
        (r) => (codes = r.map((x) => x.errors?.[0]?.extensions?.reason)),
      ),
    );
    console.log(
      `/healthz during 8 hostile imports, round ${round} (${[...new Set(codes)].join(', ')}, all refused in ${(performance.now() - t0).toFixed(0)} ms): ${during}`,
    );
  }
}
