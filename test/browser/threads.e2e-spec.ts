import type { Browser, Page } from 'playwright-core';
import { demoToken, freshDataDir, removeDataDir, startProduct } from '../support/product.mjs';
import { eventually, launchBrowser, newPerson, screenshot, signIn, textOf } from './browser';
import { addPerson, type Person } from './product-setup';

const DEMO = { email: 'demo@parallax.local', password: 'parallax' };

async function openThread(page: Page, url: string, workspaceId: string, threadId: string) {
  await page.goto(`${url}/w/${workspaceId}/threads/${threadId}`);
  await page.getByRole('table', { name: /Timeline of/ }).waitFor({ timeout: 15000 });
}

/** The status badge of the open thread. */
const statusOf = (page: Page) => textOf(page.locator('.thread-actions .thread-status'));

describe('threads in a browser', () => {
  const dataDir = freshDataDir();
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Browser;
  let workspaceId: string;
  let threadId: string;
  let editor: Person;
  let viewer: Person;

  beforeAll(async () => {
    // A first start seeds the two sample events, aligns them and proposes the threads between them.
    product = await startProduct({ dataDir });
    const token = await demoToken(product);
    workspaceId = (await product.gql(`{ workspaces { id } }`, {}, token)).data.workspaces[0].id;
    const threads = (await product.gql(`query($w: ID!) { threads(workspaceId: $w) { id name } }`, { w: workspaceId }, token)).data.threads;
    threadId = threads[0].id;
    editor = await addPerson(product, token, workspaceId, 'Tess Editor', 'EDITOR');
    viewer = await addPerson(product, token, workspaceId, 'Vic Viewer', 'VIEWER');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    removeDataDir(dataDir);
  });

  it('lists the seeded threads, each across both events', async () => {
    const a = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await a.page.goto(`${product.url}/w/${workspaceId}/threads`);
    await a.page.getByRole('region', { name: 'Threads' }).waitFor();
    const items = a.page.locator('.thread-list li');
    await eventually(async () => (await items.count()) >= 5, 'at least five threads listed');
    expect(await textOf(items.first())).toMatch(/Feb 2025 → Jan 2026/);
    await a.context.close();
  });

  it('shows one editor’s rename and accept to another live, while a viewer cannot edit', async () => {
    const a = await newPerson(browser);
    const b = await newPerson(browser);
    const v = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await signIn(b.page, product.url, editor.email, editor.password);
    await signIn(v.page, product.url, viewer.email, viewer.password);
    await Promise.all([a, b, v].map((p) => openThread(p.page, product.url, workspaceId, threadId)));
    await new Promise((r) => setTimeout(r, 500)); // the subscriptions open

    await a.page.getByLabel('Thread name').fill('Commitment followed by A');
    await a.page.getByRole('button', { name: 'Rename' }).click();
    const renameMs = await eventually(
      async () => (await textOf(b.page.getByRole('heading', { level: 1 }))) === 'Commitment followed by A',
      'B sees A’s rename',
      8000,
    );

    await b.page.getByRole('button', { name: 'Accept' }).click();
    await eventually(async () => (await statusOf(a.page)) === 'accepted', 'A sees B’s accept', 8000);
    await eventually(async () => (await statusOf(v.page)) === 'accepted', 'the viewer sees it too', 8000);

    // The viewer reads the same timeline but every decision is disabled.
    expect(await v.page.getByRole('button', { name: 'Accept' }).isDisabled()).toBe(true);
    expect(await v.page.getByRole('button', { name: 'Reject' }).isDisabled()).toBe(true);
    expect(await v.page.getByLabel('Thread name').isDisabled()).toBe(true);
    expect(await textOf(v.page.getByRole('heading', { level: 1 }))).toBe('Commitment followed by A');
    await screenshot(a.page, 'thread-timeline');
    console.log(`rename reached the other editor in ${renameMs} ms`);
    await Promise.all([a, b, v].map((p) => p.context.close()));
  });
});
