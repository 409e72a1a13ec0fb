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
  let token: string;
  let editor: Person;
  let viewer: Person;

  beforeAll(async () => {
    // A first start seeds the two sample events, aligns them and proposes the threads between them.
    product = await startProduct({ dataDir });
    token = await demoToken(product);
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

  it('shows a claim added from a comparison’s claim panel and removed on the thread page to the others live; a viewer cannot', async () => {
    // A claim of the first event that no thread follows (by its label, as the grid shows it).
    const thread = (await product.gql(`query($id: ID!) { thread(id: $id) { claims { comparisonId } } }`, { id: threadId }, token)).data
      .thread;
    const comparisonId = thread.claims[0].comparisonId;
    const { claims, threadLinks } = (
      await product.gql(
        `query($id: ID!) { comparison(id: $id) { claims { id label } threadLinks { claimId } } }`,
        { id: comparisonId },
        token,
      )
    ).data.comparison;
    const free: { id: string; label: string }[] = claims.filter((c: any) => !threadLinks.some((l: any) => l.claimId === c.id));
    expect(free.length).toBeGreaterThan(0);

    const a = await newPerson(browser);
    const b = await newPerson(browser);
    const v = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await signIn(b.page, product.url, editor.email, editor.password);
    await signIn(v.page, product.url, viewer.email, viewer.password);
    await Promise.all([b, v].map((p) => openThread(p.page, product.url, workspaceId, threadId)));
    await a.page.goto(`${product.url}/w/${workspaceId}/comparisons/${comparisonId}`);
    await a.page.getByRole('grid', { name: 'Claims by outlet' }).waitFor({ timeout: 15000 });
    const labels = a.page.locator('.grid-row .claim-label');
    await labels.first().waitFor();
    // The grid may render only the rows in view: take the first free claim it shows (a label reads "3 label").
    const shown = (await labels.allTextContents()).map((t) => t.trim().replace(/^\d+\s*/, ''));
    const claim = free.find((c) => shown.includes(c.label.trim()))!;
    expect(claim).toBeDefined();
    await labels.filter({ hasText: claim.label }).first().click();
    const select = a.page.getByLabel('Thread to add the claim to');
    await select.waitFor({ timeout: 8000 });
    await select.selectOption(threadId);
    await a.page.getByRole('button', { name: 'Add', exact: true }).click();

    const claimsOf = (page: Page) => textOf(page.getByRole('region', { name: 'Thread claims' }));
    const addMs = await eventually(async () => (await claimsOf(b.page)).includes(claim.label), 'B sees the added claim', 8000);
    await eventually(async () => (await claimsOf(v.page)).includes(claim.label), 'the viewer sees it too', 8000);
    await eventually(
      async () => (await textOf(b.page.getByRole('region', { name: 'Thread history' }))).includes(`added “${claim.label}” by hand`),
      'the history names the change',
      8000,
    );
    expect(await textOf(b.page.getByRole('region', { name: 'Thread history' }))).toMatch(/Demo Journalist\s+added/);
    // The claim panel now links the claim to its thread instead of offering "Add to thread".
    await eventually(async () => (await a.page.locator('.claim-threads a').count()) > 0, 'A’s panel links the thread', 8000);

    // The viewer's Remove buttons are disabled; the editor's work, and the viewer sees the result.
    const removeOf = (page: Page) => page.getByRole('button', { name: `Remove ${claim.label} from the thread` });
    expect(await removeOf(v.page).isDisabled()).toBe(true);
    await removeOf(b.page).click();
    await eventually(async () => !(await claimsOf(v.page)).includes(claim.label), 'the viewer sees the removal', 8000);
    await eventually(async () => (await a.page.getByLabel('Thread to add the claim to').count()) > 0, 'A may add it again', 8000);
    // A viewer's request is refused by the server too, whatever the page shows.
    const refused = await product.gql(
      `mutation($i: AddClaimToThreadInput!) { addClaimToThread(input: $i) { id } }`,
      { i: { threadId, comparisonId, claimId: claim.id } },
      viewer.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    console.log(`a hand-added claim reached the other editor in ${addMs} ms`);
    await Promise.all([a, b, v].map((p) => p.context.close()));
  });
});
