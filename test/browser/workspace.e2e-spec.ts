import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freshDataDir, REPO_ROOT, removeDataDir, startProduct } from '../support/product.mjs';
import { eventually, launchBrowser, newPerson, screenshot, signIn, textOf } from './browser';
import { addPerson, demoComparison, type Person } from './product-setup';

const DEMO = { email: 'demo@parallax.local', password: 'parallax' };
const seedFile = (name: string) => path.join(REPO_ROOT, 'seeds', name);

/** The claim rows of the side-by-side grid (not the header, not "Not in any claim"). */
const claimRow = (page: Page, n: number) => page.locator(`.grid-row[aria-rowindex="${n + 1}"]`);
// Shared claims follow the base article's order, so a claim that gains a base sentence can change rows: find it by label.
const claimNamed = (page: Page, label: string) =>
  page.locator('.grid-row').filter({ has: page.locator('.claim-label', { hasText: label }) });

async function openComparison(page: Page, url: string, workspaceId: string, comparisonId: string) {
  await page.goto(`${url}/w/${workspaceId}/comparisons/${comparisonId}`);
  await page.getByRole('grid', { name: 'Claims by outlet' }).waitFor();
  await claimRow(page, 1).waitFor();
}

/** Waits until the live connection synced (the save line leaves "Connecting…"). */
async function waitOnline(page: Page) {
  await eventually(async () => /saved|Up to date/.test(await textOf(page.getByTestId('save-status'))), 'collab connection synced', 15000);
}

describe('the comparison workspace in a browser', () => {
  const dataDir = freshDataDir();
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Browser;
  let setup: Awaited<ReturnType<typeof demoComparison>>;
  let editor: Person;
  let viewer: Person;

  beforeAll(async () => {
    product = await startProduct({ dataDir });
    setup = await demoComparison(product);
    editor = await addPerson(product, setup.token, setup.workspaceId, 'Eve Editor', 'EDITOR');
    viewer = await addPerson(product, setup.token, setup.workspaceId, 'Val Viewer', 'VIEWER');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    removeDataDir(dataDir);
  });

  it('shows a rename and a moved sentence by one editor to another within a second', async () => {
    const a = await newPerson(browser);
    const b = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await signIn(b.page, product.url, editor.email, editor.password);
    await openComparison(a.page, product.url, setup.workspaceId, setup.comparison.id);
    await openComparison(b.page, product.url, setup.workspaceId, setup.comparison.id);
    await Promise.all([waitOnline(a.page), waitOnline(b.page)]);

    // Presence: each sees the other.
    await eventually(
      async () =>
        (await b.page
          .getByRole('list', { name: 'People here' })
          .getByRole('button', { name: /Demo Journalist/ })
          .count()) > 0,
      'B sees A',
    );

    // A renames claim 1.
    await claimRow(a.page, 1).locator('.claim-label').click();
    const label = a.page.getByRole('textbox', { name: 'Claim label' });
    await label.fill('Both sides upgrade the corridor');
    await label.press('Enter');
    const renameMs = await eventually(
      async () => (await textOf(claimRow(b.page, 1).locator('.claim-label'))).includes('Both sides upgrade the corridor'),
      'B sees the rename',
    );
    expect(renameMs).toBeLessThan(1000);

    // A moves a sentence of claim 2 into claim 1 with the keyboard alternative to dragging.
    const chip = claimRow(a.page, 2).locator('.sentence-chip').first();
    const sentence = (await chip.locator('.diff').textContent())!.trim();
    await chip.hover();
    await chip.getByRole('button', { name: /^Move “/ }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Move sentence to claim' });
    await dialog.getByRole('button', { name: 'Both sides upgrade the corridor' }).click();
    const corridor = 'Both sides upgrade the corridor';
    await eventually(async () => (await textOf(claimNamed(a.page, corridor))).includes(sentence), 'A sees the moved sentence');
    const moveMs = await eventually(
      async () => (await textOf(claimNamed(b.page, corridor))).includes(sentence),
      'B sees the moved sentence in claim 1',
    );
    expect(moveMs).toBeLessThan(1000);

    // The server acknowledged A's edits.
    await eventually(async () => (await textOf(a.page.getByTestId('save-status'))) === 'All changes saved', 'A sees "All changes saved"');

    // For the README: the first claim all outlets report, at the top of the grid, diffs against the base.
    await b.page.keyboard.press('Escape');
    const reportedByAll = b.page
      .locator('.grid-row')
      .filter({ hasText: /(\d+)\/\1 outlets/ })
      .first();
    if (await reportedByAll.count()) {
      const top = await reportedByAll.evaluate((el) => (el as HTMLElement).offsetTop);
      await b.page.locator('.grid-scroller').evaluate((el, y) => (el.scrollTop = y - 64), top);
      await b.page.waitForTimeout(200);
    }
    await screenshot(b.page, 'comparison', true);
    await b.page.keyboard.press('v');
    await b.page.locator('.coverage-table').waitFor();
    await screenshot(b.page, 'coverage');
    await a.context.close();
    await b.context.close();
  });

  it('shows a repeat visit from the browser’s copy while the server answers, and forgets the copy on sign-out', async () => {
    const v = await newPerson(browser);
    await signIn(v.page, product.url, viewer.email, viewer.password);
    await openComparison(v.page, product.url, setup.workspaceId, setup.comparison.id);
    const headline = await textOf(v.page.locator('.outlet-head .outlet-name').first());
    await v.page.waitForTimeout(500); // the copy is written right after the answer

    // Hold back the comparison's articles query: the grid must come from the copy alone.
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    await v.context.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('ComparisonWorkspace')) return route.continue();
      await held;
      await route.continue().catch(() => undefined);
    });
    const again = await v.context.newPage();
    await openComparison(again, product.url, setup.workspaceId, setup.comparison.id);
    expect(await textOf(again.locator('.outlet-head .outlet-name').first())).toBe(headline);

    await again.getByRole('button', { name: 'Sign out' }).click();
    await again.waitForURL((u) => u.pathname.startsWith('/sign-in'));
    const names = await again.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(names.filter((n) => n.startsWith('parallax:'))).toEqual([]);

    // Signed in again, with the query still held back, nothing is shown from a copy: there is none.
    await signIn(again, product.url, viewer.email, viewer.password);
    await again.goto(`${product.url}/w/${setup.workspaceId}/comparisons/${setup.comparison.id}`);
    await again.waitForTimeout(1500);
    expect(await again.locator('.outlet-head .outlet-name').count()).toBe(0);
    release();
    await claimRow(again, 1).waitFor();
    await v.context.close();
  });

  it('lets a viewer read everything but edit nothing', async () => {
    const v = await newPerson(browser);
    await signIn(v.page, product.url, viewer.email, viewer.password);
    await openComparison(v.page, product.url, setup.workspaceId, setup.comparison.id);
    await v.page.getByText('You can read this comparison but not edit it').waitFor();
    expect(await v.page.getByRole('button', { name: 'New claim' }).isDisabled()).toBe(true);
    expect(await v.page.locator('.sentence-chip[draggable="true"]').count()).toBe(0);
    await claimRow(v.page, 1).locator('.claim-label').click();
    expect(await v.page.getByRole('textbox', { name: 'Claim label' }).isDisabled()).toBe(true);
    expect(
      await v.page
        .getByRole('button', { name: /^Unlink/ })
        .first()
        .isDisabled(),
    ).toBe(true);
    const before = await textOf(claimRow(v.page, 1).locator('.claim-label'));
    await v.page.keyboard.press('Escape');
    await v.page.keyboard.press('c');
    await v.page.waitForTimeout(300);
    expect(await v.page.locator('.grid-row .claim-label').filter({ hasText: 'New claim' }).count()).toBe(0);
    expect(await textOf(claimRow(v.page, 1).locator('.claim-label'))).toBe(before);
    await v.context.close();
  });

  it('exports the comparison as CSV', async () => {
    const a = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await openComparison(a.page, product.url, setup.workspaceId, setup.comparison.id);
    await a.page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('menuitem', { name: /^CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/claim/i);
    expect(csv).toContain('Both sides upgrade the corridor');
    await a.context.close();
  });

  it('imports a seed file through the UI, previews it and shows its cleaned body', async () => {
    const ws = await product.gql(`mutation { createWorkspace(name: "Import desk") { id } }`, {}, setup.token);
    const workspaceId = ws.data.createWorkspace.id as string;
    const a = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await a.page.goto(`${product.url}/w/${workspaceId}`);
    await a.page.getByText('No articles yet').waitFor();

    // Paste one seed, preview it (fields, dropped boilerplate), import it.
    const seed = readFileSync(seedFile('001_b0e67eab8c79307b.txt'), 'utf8');
    await a.page.getByRole('button', { name: 'Import articles' }).first().click();
    await a.page.getByLabel('Article text or HTML').fill(seed);
    await a.page.getByRole('button', { name: 'Preview' }).click();
    await a.page.getByTestId('preview-body').waitFor();
    await a.page
      .getByRole('list', { name: 'Lines dropped as boilerplate' })
      .waitFor()
      .catch(() => undefined);
    await screenshot(a.page, 'import-preview');
    await a.page
      .getByRole('button', { name: /^Import/ })
      .last()
      .click();
    await a.page.waitForURL(/\/articles\//);
    const body = a.page.getByTestId('article-body');
    await body.waitFor();
    const bodyText = (await body.textContent()) ?? '';
    expect(bodyText.length).toBeGreaterThan(200);
    // Cleaned: the body is a subset of the raw text's words, without the raw file's boilerplate lines.
    const firstSentence = (await body.locator('.sentence').first().textContent())!.trim();
    expect(seed.replace(/\s+/g, ' ')).toContain(firstSentence.slice(0, 40));
    await screenshot(a.page, 'article');

    // Drop the same file and a second one as a batch: the duplicate is flagged, the other imported.
    await a.page.goto(`${product.url}/w/${workspaceId}`);
    await a.page.getByRole('button', { name: 'Import articles' }).first().click();
    await a.page.getByRole('tab', { name: 'Files' }).click();
    await a.page.getByLabel('Article files').setInputFiles([seedFile('001_b0e67eab8c79307b.txt'), seedFile('002_e1cb929edfeb5b0c.txt')]);
    await a.page.getByText(/^Finished/).waitFor({ timeout: 20000 });
    expect(await a.page.locator('.batch-results li.duplicate').count()).toBe(1);
    expect(await a.page.locator('.batch-results li.ok').count()).toBe(1);
    await a.page.keyboard.press('Escape');
    await a.page.locator('.article-table tbody tr').nth(1).waitFor();
    expect(await a.page.locator('.article-table tbody tr').count()).toBe(2);
    await a.context.close();
  });

  it('shows the library of the seeded workspace', async () => {
    const a = await newPerson(browser);
    await signIn(a.page, product.url, DEMO.email, DEMO.password);
    await a.page.goto(`${product.url}/w/${setup.workspaceId}`);
    await a.page.locator('.article-table tbody tr').nth(4).waitFor();
    await screenshot(a.page, 'library', true);
    await a.context.close();
  });
});
