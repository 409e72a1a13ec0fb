import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { makePdf } from '../../../packages/text/fixtures/make-pdf.mjs';
import { signUpUser, startTestApp, type TestApp } from './support/test-app.js';

const ARTICLE = `<!doctype html><html><head><title>Pakistan, China agree to deepen ties | Example Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Pakistan, China agree to deepen ties</h1><p class="meta">Ali Raza · February 6, 2025</p>
<p>Pakistan and China agreed on Thursday to deepen their all-weather strategic cooperative partnership, according to a joint statement issued in Beijing.</p>
<p>The two sides also agreed to build an upgraded version of the China-Pakistan Economic Corridor, officials said.</p></article>
<aside class="related"><h3>Related</h3><p><a href="/x">Army chief visits Beijing for talks on security cooperation</a></p></aside>
<footer>© 2025 Example Daily. All rights reserved.</footer></body></html>`;
const STATEMENT = makePdf([
  [
    'Joint Press Release',
    'Islamabad, 4 January 2026',
    '',
    '1. The Foreign Ministers of Pakistan and China held the seventh round of their Strategic Dialogue in Beijing.',
    '',
    '2. The two sides agreed to build an upgraded version of CPEC and to strengthen security cooperation.',
  ],
]);
const NESTED = `<html><body>${'<div>'.repeat(20_000)}Deep text inside many layers.${'</div>'.repeat(20_000)}</body></html>`;
const EMPTY = `<html><body>${'<p></p>'.repeat(50_000)}<p>One sentence at the very end of the page.</p></body></html>`;

const IMPORT = `mutation($input: ImportArticleInput!) { importArticle(input: $input) { id url headline byline publishedAt kind outlet { name } body droppedLines { reason text } warnings } }`;
const IMPORT_MANY = `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported failed results { index error { code message } article { url headline } } } }`;

let server: http.Server;
let origin: string;
let port: number;
let t: TestApp;
let token: string;
let ws: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (url.pathname === '/article') return html(ARTICLE);
    if (url.pathname === '/old-address') return res.writeHead(301, { location: '/article' }).end();
    if (url.pathname === '/statement.pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(STATEMENT));
    if (url.pathname === '/to') return res.writeHead(302, { location: url.searchParams.get('u') ?? '/' }).end();
    if (url.pathname === '/nested') return html(NESTED);
    if (url.pathname === '/empty') return html(EMPTY);
    if (url.pathname === '/photo.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end('jpeg');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  // Only this test server may be fetched although it is on loopback; everything else private is refused.
  t = await startTestApp({
    IMPORT_FETCH_ALLOW: `127.0.0.1:${port}`,
    IMPORT_FETCH_TIMEOUT_MS: '3000',
    PARSE_TIMEOUT_MS: '4000',
    PARSE_WORKERS: '1',
  });
  token = (await signUpUser(t, 'url-importer')).token;
  ws = (await t.gql(`mutation { createWorkspace(name: "URL imports") { id } }`, {}, token)).data?.createWorkspace.id;
});
afterAll(async () => {
  await t.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const count = () => t.prisma.article.count({ where: { workspaceId: ws } });

describe('importArticle from a URL', () => {
  it('fetches the page, follows the redirect, keeps the raw HTML and the final address, and lists what it removed', async () => {
    const res = await t.gql(IMPORT, { input: { workspaceId: ws, url: `${origin}/old-address` } }, token);
    expect(res.errors).toBeUndefined();
    const a = res.data?.importArticle;
    expect(a).toMatchObject({
      url: `${origin}/article`,
      headline: 'Pakistan, China agree to deepen ties',
      byline: 'Ali Raza',
      outlet: { name: 'Example Daily' },
    });
    expect(a.publishedAt).toMatch(/^2025-02-06/);
    expect(a.body).not.toMatch(/Army chief|All rights reserved|Home/);
    const reasons = Object.fromEntries(a.droppedLines.map((d: { text: string; reason: string }) => [d.text, d.reason]));
    expect(reasons['Army chief visits Beijing for talks on security cooperation']).toBe('related-stories');
    expect(reasons['© 2025 Example Daily. All rights reserved.']).toBe('footer');
    expect(a.warnings.every((w: string) => !/^[A-Z_]+:/.test(w))).toBe(true);
    const stored = await t.prisma.article.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored).toMatchObject({ rawText: ARTICLE, rawFormat: 'html', url: `${origin}/article` });
  });

  it('imports a PDF, uploaded or fetched, with the same cleaning', async () => {
    const pdfBase64 = Buffer.from(STATEMENT).toString('base64');
    const uploaded = await t.gql(IMPORT, { input: { workspaceId: ws, pdfBase64, url: 'https://mofa.gov.pk/statement.pdf' } }, token);
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data?.importArticle).toMatchObject({
      headline: 'Joint Press Release',
      kind: 'OFFICIAL',
      outlet: { name: 'Ministry of Foreign Affairs of Pakistan' },
    });
    expect(uploaded.data?.importArticle.publishedAt).toMatch(/^2026-01-04/);
    const stored = await t.prisma.article.findUniqueOrThrow({ where: { id: uploaded.data?.importArticle.id } });
    expect(stored.rawFormat).toBe('pdf');
    expect(stored.rawText).toMatch(/^Joint Press Release/);
    const fetched = await t.gql(IMPORT, { input: { workspaceId: ws, url: `${origin}/statement.pdf` } }, token);
    expect(fetched.errors?.[0].extensions?.code).toBe('CONFLICT'); // the same statement, already imported
  });

  it('imports several URLs at once, each succeeding or failing on its own', async () => {
    const before = await count();
    const res = await t.gql(
      IMPORT_MANY,
      {
        inputs: [`${origin}/article?copy=2`, `${origin}/photo.jpg`, 'http://169.254.169.254/latest/meta-data/', `${origin}/missing`].map(
          (url) => ({ workspaceId: ws, url }),
        ),
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    const codes = res.data?.importArticles.results.map((r: { error: { code: string } | null }) => r.error?.code ?? 'OK');
    // The first page is the article imported above, reached by another address: a duplicate.
    expect(codes).toEqual(['DUPLICATE_ARTICLE', 'FETCH_UNSUPPORTED_CONTENT', 'FETCH_BLOCKED', 'FETCH_HTTP_ERROR']);
    expect(await count()).toBe(before);
  });
});

describe('the URL import SSRF guard', () => {
  it.each([
    ['loopback by name', () => `http://localhost:${port}/article`],
    ['loopback on another port', () => `http://127.0.0.1:${port + 1}/article`],
    ['a private network', () => 'http://10.0.0.7/admin'],
    ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['IPv6 loopback', () => 'http://[::1]/'],
    ['a redirect to localhost', () => `${origin}/to?u=${encodeURIComponent(`http://localhost:${port}/article`)}`],
    ['a redirect to a private network', () => `${origin}/to?u=${encodeURIComponent('http://10.1.2.3/')}`],
    ['a redirect to link-local', () => `${origin}/to?u=${encodeURIComponent('http://169.254.169.254/')}`],
  ])('refuses %s and stores nothing', async (_name, url) => {
    const before = await count();
    const res = await t.gql(IMPORT, { input: { workspaceId: ws, url: url() } }, token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FETCH_BLOCKED' });
    expect(res.errors?.[0].message).toMatch(/private or local network/);
    expect(await count()).toBe(before);
  });
});

describe('hostile pages', () => {
  // Polls /healthz every 10 ms while `work` runs; returns the slowest and the median answer.
  async function healthzDuring(work: Promise<unknown>): Promise<{ slowest: number; median: number }> {
    const times: number[] = [];
    let done = false;
    void work.finally(() => (done = true));
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${t.url}/healthz`);
      expect(res.status).toBe(200);
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
    times.sort((a, b) => a - b);
    return { slowest: times.at(-1) ?? 0, median: times[times.length >> 1] ?? 0 };
  }

  it('refuses a 20,000-deep and a 50,000-empty-paragraph page within the limit while /healthz keeps answering', async () => {
    // Warm paths (first request, first parse) are measured elsewhere; this measures the hostile input.
    await t.gql(
      IMPORT,
      {
        input: {
          workspaceId: ws,
          text: 'Warm-up: the two sides met in Beijing on Monday and agreed to meet again next year in Islamabad.',
        },
      },
      token,
    );
    // The test machine is shared: its own scheduling jitter, measured idle, is not the API's doing.
    const idle = await healthzDuring(new Promise((r) => setTimeout(r, 500)));
    const before = await count();
    const started = performance.now();
    const work = Promise.all([
      t.gql(IMPORT, { input: { workspaceId: ws, html: NESTED } }, token),
      t.gql(IMPORT, { input: { workspaceId: ws, html: EMPTY } }, token),
      t.gql(IMPORT, { input: { workspaceId: ws, url: `${origin}/nested` } }, token),
      t.gql(IMPORT, { input: { workspaceId: ws, url: `${origin}/empty` } }, token),
    ]);
    const during = await healthzDuring(work);
    const results = await work;
    // Refused by the structure limits long before the parse deadline (PARSE_TIMEOUT_MS, 10 s by default).
    expect(performance.now() - started).toBeLessThan(10_000);
    for (const res of results) {
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_COMPLEX' });
      expect(res.errors?.[0].message).toMatch(/512 levels deep|40,000 HTML elements/);
    }
    // Latency is printed for the record, not asserted (a timed test fails on a loaded machine): the bound is
    // "the event loop was never stalled", which a parse on the main thread breaks by seconds.
    console.log(
      `[healthz] hostile pages: median ${during.median.toFixed(1)} ms, slowest ${during.slowest.toFixed(1)} ms (idle slowest ${idle.slowest.toFixed(1)} ms)`,
    );
    expect(during.slowest).toBeLessThan(2_000 + idle.slowest);
    expect(await count()).toBe(before);
  });
});
