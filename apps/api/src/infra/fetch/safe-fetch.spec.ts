import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPrivateAddress } from './address-policy.js';
import { FetchFailed } from './fetch.errors.js';
import { decodeBody, fetchPage, type FetchPolicy } from './safe-fetch.js';

let server: http.Server;
let base: string;
let port: number;
const PAGE = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 talks in Beijing.</p></body></html>';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/page') return res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(PAGE, 'latin1'));
    if (url.pathname === '/moved') return res.writeHead(301, { location: '/page' }).end();
    if (url.pathname === '/to') return res.writeHead(302, { location: url.searchParams.get('u') ?? '/' }).end();
    if (url.pathname === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (url.pathname === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end('png');
    if (url.pathname === '/big') return res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(300_000));
    if (url.pathname === '/slow')
      return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('late'), 2000).unref();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((r) => server.close(r));
});

const allowed = (): FetchPolicy => ({ allow: [`127.0.0.1:${port}`], timeoutMs: 1000, maxBytes: 100_000, maxRedirects: 3 });
const closed = (): FetchPolicy => ({ ...allowed(), allow: [] });

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchFailed) return err.reason;
    throw err;
  }
  return 'fetched';
}

describe('fetchPage', () => {
  it('fetches an allowed local page, follows a redirect, keeps the final address and decodes the charset', async () => {
    const page = await fetchPage(`${base}/moved`, allowed());
    expect(page.finalUrl).toBe(`${base}/page`);
    expect(page.redirects).toEqual([`${base}/moved`]);
    expect(page.contentType).toBe('html');
    expect(decodeBody(page)).toContain('Café talks');
  });

  it('refuses loopback, private and link-local addresses unless allowed', async () => {
    expect(await reasonOf(fetchPage(`${base}/page`, closed()))).toBe('FETCH_BLOCKED');
    expect(await reasonOf(fetchPage(`http://localhost:${port}/page`, allowed()))).toBe('FETCH_BLOCKED');
    expect(await reasonOf(fetchPage(`http://127.0.0.1:${port + 1}/page`, allowed()))).toBe('FETCH_BLOCKED');
    for (const url of [
      'http://10.0.0.1/',
      'http://10.255.1.2:8080/x',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://192.168.1.1/',
      'http://0.0.0.0/',
    ]) {
      expect([url, await reasonOf(fetchPage(url, closed()))]).toEqual([url, 'FETCH_BLOCKED']);
    }
  });

  it('checks every redirect hop: a public-looking start redirecting inside is refused', async () => {
    for (const target of [
      `http://127.0.0.1:${port + 1}/`,
      `http://localhost:${port}/page`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/admin',
    ]) {
      expect([target, await reasonOf(fetchPage(`${base}/to?u=${encodeURIComponent(target)}`, allowed()))]).toEqual([
        target,
        'FETCH_BLOCKED',
      ]);
    }
  });

  it('caps redirects, size and time, and accepts only pages, text and PDF', async () => {
    expect(await reasonOf(fetchPage(`${base}/loop`, allowed()))).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(await reasonOf(fetchPage(`${base}/big`, allowed()))).toBe('FETCH_TOO_LARGE');
    expect(await reasonOf(fetchPage(`${base}/image`, allowed()))).toBe('FETCH_UNSUPPORTED_CONTENT');
    expect(await reasonOf(fetchPage(`${base}/missing`, allowed()))).toBe('FETCH_HTTP_ERROR');
    const started = Date.now();
    expect(await reasonOf(fetchPage(`${base}/slow`, { ...allowed(), timeoutMs: 300 }))).toBe('FETCH_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(await reasonOf(fetchPage('ftp://example.com/x', allowed()))).toBe('FETCH_BAD_URL');
    expect(await reasonOf(fetchPage(`http://user:pw@127.0.0.1:${port}/page`, allowed()))).toBe('FETCH_BAD_URL');
  });

  it('classifies addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.2.3.4',
      '172.20.0.1',
      '192.168.0.9',
      '169.254.169.254',
      '100.64.1.1',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      'nonsense',
    ]) {
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });
});
