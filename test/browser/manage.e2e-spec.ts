import type { Browser, Page } from 'playwright-core';
import { freshDataDir, removeDataDir, startProduct } from '../support/product.mjs';
import { eventually, launchBrowser, newPerson, screenshot, signIn, textOf } from './browser';
import { addPerson, demoComparison } from './product-setup';

const DEMO = { email: 'demo@parallax.local', password: 'parallax' };
const LONG_TITLE =
  'Joint press statement of the China–Pakistan strategic dialogue on the economic corridor, counter-terrorism cooperation and regional connectivity';
const DATED = /-\d{4}-\d{2}-\d{2}\.(json|csv|coverage\.csv|md)$/;

/** The layout holds: no page-level horizontal scroll, and the comparison toolbar is fully in view. */
async function assertLayoutHolds(page: Page) {
  const m = await page.evaluate(() => {
    const bar = document.querySelector('.ws-toolbar')?.getBoundingClientRect();
    return {
      scrollW: document.documentElement.scrollWidth,
      scrollH: document.documentElement.scrollHeight,
      w: innerWidth,
      h: innerHeight,
      bar: bar && { top: bar.top, bottom: bar.bottom, right: bar.right },
    };
  });
  expect(m.scrollW).toBeLessThanOrEqual(m.w);
  expect(m.scrollH).toBeLessThanOrEqual(m.h);
  expect(m.bar).toBeDefined();
  expect(m.bar!.top).toBeGreaterThanOrEqual(0);
  expect(m.bar!.bottom).toBeLessThanOrEqual(m.h);
  expect(m.bar!.right).toBeLessThanOrEqual(m.w);
}

async function choose(page: Page, menuLabel: string, item: string) {
  await page.getByRole('button', { name: menuLabel, exact: true }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${item}`) }).click();
}

describe('managing a newsroom workspace in a browser', () => {
  const dataDir = freshDataDir();
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Browser;
  let setup: Awaited<ReturnType<typeof demoComparison>>;
  let owner: Page;
  const gql = (q: string, v: Record<string, unknown> = {}) => product.gql(q, v, setup.token);
  const comparisonUrl = () => `${product.url}/w/${setup.workspaceId}/comparisons/${setup.comparison.id}`;

  beforeAll(async () => {
    product = await startProduct({ dataDir });
    setup = await demoComparison(product);
    browser = await launchBrowser();
    owner = (await newPerson(browser)).page;
    await signIn(owner, product.url, DEMO.email, DEMO.password);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    removeDataDir(dataDir);
  });

  it('renames a comparison to a long title, and the layout holds at 1280×720 and 1920×1080', async () => {
    await owner.goto(comparisonUrl());
    await owner.getByRole('grid', { name: 'Claims by outlet' }).waitFor();
    await choose(owner, `Actions for ${setup.comparison.title}`, 'Rename');
    const dialog = owner.getByRole('dialog', { name: 'Rename comparison' });
    await dialog.getByLabel('Title').fill(LONG_TITLE);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await textOf(owner.locator('.ws-title h1'))) === LONG_TITLE, 'the toolbar shows the new title');
    setup.comparison.title = LONG_TITLE;
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await owner.setViewportSize({ width, height });
      await owner.getByRole('grid', { name: 'Claims by outlet' }).locator('.grid-row').nth(1).click();
      await owner.getByRole('complementary').first().waitFor();
      await assertLayoutHolds(owner);
      await screenshot(owner, `comparison-${width}x${height}`, true);
    }
    await owner.setViewportSize({ width: 1280, height: 720 });
  });

  it('offers every export in a menu that closes on Escape, outside clicks and downloads; the report opens in a tab', async () => {
    await owner.goto(comparisonUrl());
    const exportButton = owner.getByRole('button', { name: 'Export', exact: true });
    await exportButton.click();
    const menu = owner.getByRole('menu', { name: 'Export' });
    await menu.waitFor();
    await owner.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await exportButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await exportButton.click();
    // Radix arms its outside-click listener a tick after the menu opens; clicking before that is not a dismissal.
    await menu.waitFor();
    await owner.waitForTimeout(50);
    await owner.mouse.click(5, 700);
    await menu.waitFor({ state: 'detached' });

    for (const item of ['Report (Markdown)', 'CSV', 'Coverage CSV', 'JSON']) {
      await exportButton.click();
      const [download] = await Promise.all([
        owner.waitForEvent('download'),
        owner.getByRole('menuitem', { name: new RegExp(`^${item.replace(/[()]/g, '\\$&')}`) }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(DATED);
      expect(download.suggestedFilename()).toMatch(/^joint-press-statement-of-the-china-pakistan/);
      await menu.waitFor({ state: 'detached' });
    }
    await exportButton.click();
    const [tab] = await Promise.all([
      owner.context().waitForEvent('page'),
      owner.getByRole('menuitem', { name: /^Report \(HTML\)/ }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/export\.html$/);
    await tab.getByRole('heading', { name: 'Coverage' }).waitFor();
    expect(await tab.locator('table.heat td').count()).toBeGreaterThan(3);
    await tab.getByRole('heading', { name: 'Who reported what' }).waitFor();
    await tab.setViewportSize({ width: 1280, height: 1400 });
    await screenshot(tab, 'report-html', true);
    await tab.close();
  });

  it('deletes a claim with Undo, and removes empty claims', async () => {
    await owner.goto(comparisonUrl());
    const grid = owner.getByRole('grid', { name: 'Claims by outlet' });
    const first = grid.locator('.grid-row .claim-label').first();
    await first.waitFor();
    // The grid is windowed, so count claims by its header ("Claims · 52"), not by rendered rows.
    const count = async () => Number((await textOf(grid.getByRole('columnheader').first())).replace(/\D+/g, ''));
    const before = await count();
    const label = (await first.textContent())!.replace(/^\d+\s*/, '').trim();
    await first.click();
    await owner.getByRole('complementary').getByRole('button', { name: 'Delete', exact: true }).click();
    await owner.getByRole('status').filter({ hasText: 'Deleted' }).waitFor();
    await eventually(async () => (await count()) === before - 1 && !(await textOf(first)).includes(label), 'the claim is gone');
    await owner.getByRole('button', { name: 'Undo', exact: true }).click();
    await eventually(async () => (await count()) === before && (await textOf(first)).includes(label), 'Undo brings the claim back');

    await owner.getByRole('button', { name: 'New claim' }).click();
    const cleanup = owner.getByRole('button', { name: 'Remove 1 empty claim' });
    await cleanup.waitFor();
    await cleanup.click();
    await eventually(async () => (await count()) === before && (await cleanup.count()) === 0, 'the empty claim is removed');
  });

  it('renames and deletes articles, refusing while a comparison uses one', async () => {
    const imported = await gql(`mutation($w: ID!, $t: String!) { importArticle(input: { workspaceId: $w, text: $t }) { id headline } }`, {
      w: setup.workspaceId,
      t: 'Ministers meet in Lahore\n\nThe ministers met in Lahore on Monday. They agreed to meet again next year.',
    });
    const article = imported.data.importArticle;
    await owner.goto(`${product.url}/w/${setup.workspaceId}`);
    const row = owner.getByRole('row', { name: new RegExp(article.headline) });
    await row.waitFor();
    await choose(owner, `Actions for ${article.headline}`, 'Rename');
    const rename = owner.getByRole('dialog', { name: 'Rename article' });
    await rename.getByLabel('Headline').fill('Ministers meet again in Lahore');
    await rename.getByRole('button', { name: 'Save' }).click();
    await owner.getByRole('link', { name: 'Ministers meet again in Lahore' }).waitFor();

    const used = (await gql(`query($id: ID!) { comparison(id: $id) { articles { headline } } }`, { id: setup.comparison.id })).data
      .comparison.articles[0];
    await owner.getByRole('button', { name: `Actions for ${used.headline}`, exact: true }).click();
    const refused = owner.getByRole('menuitem', { name: /Used by 1 comparison/ });
    expect(await refused.getAttribute('aria-disabled')).toBe('true');
    await owner.keyboard.press('Escape');

    await choose(owner, 'Actions for Ministers meet again in Lahore', 'Delete');
    await owner.getByRole('dialog', { name: 'Delete article' }).getByRole('button', { name: 'Delete article' }).click();
    await eventually(
      async () => (await owner.getByRole('link', { name: 'Ministers meet again in Lahore' }).count()) === 0,
      'the article is gone',
    );
  });

  it('shows an invitation live; once accepted the workspace opens without a reload, and goes away live on removal', async () => {
    const email = 'rita.reporter@newsroom.test';
    const up = await product.gql(
      `mutation { signUp(email: "${email}", password: "correct horse battery", name: "Rita Reporter") { token } }`,
    );
    expect(up.data).toBeTruthy();
    const rita = (await newPerson(browser)).page;
    await signIn(rita, product.url, email, 'correct horse battery');
    await rita.getByRole('heading', { name: 'You are not in a workspace yet' }).waitFor();

    await owner.goto(`${product.url}/w/${setup.workspaceId}/members`);
    await owner.getByLabel('Email').fill(email);
    await owner.getByRole('button', { name: 'Invite' }).click();
    // The owner sees it pending (and could revoke it) until Rita answers.
    await owner.getByRole('button', { name: `Revoke the invitation of ${email}` }).waitFor();
    await screenshot(owner, 'members-pending-invitation');
    // Not a member yet: the invitation shows up live, and only accepting it opens the workspace.
    await rita.getByRole('button', { name: 'Accept Demo workspace' }).waitFor({ timeout: 10000 });
    await screenshot(rita, 'invitation-received');
    expect(await textOf(rita.locator('h1, h2').first())).not.toBe('Demo workspace');
    await rita.getByRole('button', { name: 'Accept Demo workspace' }).click();
    const ms = await eventually(
      async () => (await textOf(rita.locator('h1'))) === 'Demo workspace',
      'Rita sees the workspace without reloading',
      10000,
    );
    expect(ms).toBeLessThan(5000);
    await eventually(
      async () => (await owner.getByRole('heading', { name: 'Pending invitations' }).count()) === 0,
      "the owner's pending invitations empty live once Rita accepts",
    );

    await owner
      .getByRole('row', { name: /Rita Reporter/ })
      .getByRole('button', { name: 'Remove' })
      .click();
    await owner.getByRole('dialog', { name: 'Remove member' }).getByRole('button', { name: 'Remove' }).click();
    await rita.getByRole('heading', { name: 'This workspace is not available' }).waitFor({ timeout: 10000 });
  });

  it('deletes a comparison after a confirmation; an editor who has it open is told, a viewer’s open list follows live', async () => {
    const other = (await newPerson(browser)).page;
    await signIn(other, product.url, DEMO.email, DEMO.password);
    await other.goto(comparisonUrl());
    await other.getByRole('grid', { name: 'Claims by outlet' }).waitFor();

    // Another member keeps the list of comparisons open; it must follow a rename and a delete without a reload.
    const viewer = await addPerson(product, setup.token, setup.workspaceId, 'Vera Viewer', 'VIEWER');
    const vera = (await newPerson(browser)).page;
    await signIn(vera, product.url, viewer.email, viewer.password);
    await vera.goto(`${product.url}/w/${setup.workspaceId}/comparisons`);
    await vera.getByRole('link', { name: LONG_TITLE }).waitFor();
    const renamed = `${LONG_TITLE} (final)`;
    await gql(`mutation($id: ID!, $t: String!) { renameComparison(input: { id: $id, title: $t }) { id } }`, {
      id: setup.comparison.id,
      t: renamed,
    });
    await vera.getByRole('link', { name: renamed }).waitFor({ timeout: 10000 });

    await owner.goto(`${product.url}/w/${setup.workspaceId}/comparisons`);
    await choose(owner, `Actions for ${renamed}`, 'Delete');
    const confirm = owner.getByRole('dialog', { name: 'Delete comparison' });
    expect(await textOf(confirm)).toMatch(/3 articles stay in the library/);
    await confirm.getByRole('button', { name: 'Delete comparison' }).click();
    await eventually(async () => (await owner.getByRole('link', { name: renamed }).count()) === 0, 'the list drops the comparison');
    await other.getByRole('alert').filter({ hasText: 'This comparison no longer exists' }).waitFor({ timeout: 10000 });
    await eventually(async () => (await vera.getByRole('link', { name: renamed }).count()) === 0, 'the viewer’s open list drops it live');
  });

  it('renames a workspace, and deletes it only once the owner types its name', async () => {
    const made = await gql(`mutation { createWorkspace(name: "Scratch desk") { id } }`);
    const id = made.data.createWorkspace.id;
    await owner.goto(`${product.url}/w/${id}/members`);
    await owner.getByRole('button', { name: 'Rename…' }).click();
    const rename = owner.getByRole('dialog', { name: 'Rename workspace' });
    await rename.getByLabel('Name').fill('Scratch desk (old)');
    await rename.getByRole('button', { name: 'Save' }).click();
    await eventually(
      async () => (await owner.locator('.workspace-switcher select option:checked').textContent()) === 'Scratch desk (old)',
      'the switcher shows the new name',
    );

    await owner.getByRole('button', { name: 'Delete workspace…' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Delete workspace' });
    const confirm = dialog.getByRole('button', { name: 'Delete workspace' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel(/Type .* to confirm/).fill('Scratch desk');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel(/Type .* to confirm/).fill('Scratch desk (old)');
    await confirm.click();
    await owner.waitForURL((u) => !u.pathname.includes(id));
    const left = await gql(`{ workspaces { id } }`);
    expect(left.data.workspaces.map((w: { id: string }) => w.id)).not.toContain(id);
  });
});
