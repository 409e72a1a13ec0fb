import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { makePdf } from '../../packages/text/fixtures/make-pdf.mjs';
import { demoToken, freshDataDir, removeDataDir, startProduct } from '../support/product.mjs';
import { launchBrowser, newPerson, screenshot, signIn } from './browser';

const DEMO = { email: 'demo@parallax.local', password: 'parallax' };
const PAGE = `<!doctype html><html><head><title>Pakistan and China sign trade pact | Example Daily</title></head><body>
<nav><a>Home</a> <a>World</a></nav><article><h1>Pakistan and China sign trade pact</h1>
<p>Pakistan and China signed a trade agreement in Beijing on Tuesday that cuts tariffs on hundreds of goods, officials said.</p>
<p>The agreement also opens new routes for exports of agricultural products through the economic corridor.</p></article>
<footer>© 2025 Example Daily</footer></body></html>`;
const statement = (title: string) =>
  makePdf([
    [
      title,
      'Islamabad, 4 January 2026',
      '',
      `1. The two sides held talks in Beijing and agreed to strengthen cooperation in ${title.includes('Trade') ? 'trade' : 'security'}.`,
      '',
      '2. They agreed to hold the next round of the dialogue in Islamabad at a mutually convenient time.',
    ],
  ]);

describe('importing web addresses and PDFs in the browser', () => {
  const dataDir = freshDataDir();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pdf-import-'));
  let server: http.Server;
  let origin: string;
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Browser;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/article') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      if (req.url === '/statement.pdf')
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(statement('Joint Press Release on Trade')));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    origin = `http://127.0.0.1:${port}`;
    // The product may fetch this test server although it is on loopback; nothing else private.
    product = await startProduct({ dataDir, env: { IMPORT_FETCH_ALLOW: `127.0.0.1:${port}` } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    server?.closeAllConnections();
    server?.close();
    removeDataDir(dataDir);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('fetches several addresses with progress, refuses a private one, and imports a dropped PDF', async () => {
    const token = await demoToken(product);
    const workspaceId = (await product.gql(`mutation { createWorkspace(name: "Web desk") { id } }`, {}, token)).data.createWorkspace
      .id as string;
    const a = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await a.page.goto(`${product.url}/w/${workspaceId}`);
    await a.page.getByText('No articles yet').waitFor();

    await a.page.getByRole('button', { name: 'Import articles' }).first().click();
    await a.page.getByRole('tab', { name: 'Web addresses' }).click();
    await a.page
      .getByLabel('Web addresses, one per line')
      .fill(`${origin}/article\n${origin}/statement.pdf\nhttp://169.254.169.254/latest/meta-data/`);
    await a.page.getByRole('button', { name: 'Import', exact: true }).click();
    await a.page.getByText(/^Finished/).waitFor({ timeout: 30000 });
    await screenshot(a.page, 'import-urls');
    expect(await a.page.locator('.batch-results li.ok').count()).toBe(2);
    await a.page.locator('.batch-results li.failed', { hasText: /private or local network/ }).waitFor();
    await a.page.locator('.batch-results').getByRole('link', { name: 'Pakistan and China sign trade pact' }).waitFor();

    await a.page.getByRole('tab', { name: 'Files' }).click();
    const file = path.join(tmp, 'statement-2.pdf');
    writeFileSync(file, statement('Joint Statement on Security Cooperation'));
    await a.page.getByLabel('Article files').setInputFiles([file]);
    await a.page.getByText(/^Finished/).waitFor({ timeout: 30000 });
    await a.page.locator('.batch-results').getByRole('link', { name: 'Joint Statement on Security Cooperation' }).waitFor();
    await a.page.keyboard.press('Escape');
    await a.page.locator('.article-table tbody tr').nth(2).waitFor();
    expect(await a.page.locator('.article-table tbody tr').count()).toBe(3);
    await a.context.close();
  });
});
