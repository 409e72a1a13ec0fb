import type { Browser, Page } from 'playwright-core';
import { freshDataDir, removeDataDir, startProduct } from '../support/product.mjs';
import { eventually, launchBrowser, newPerson, signIn, textOf } from './browser';
import { demoComparison } from './product-setup';

const DEMO = { email: 'demo@parallax.local', password: 'parallax' };

/** The labels of the first claim rows of the side-by-side grid, top to bottom. */
async function firstLabels(page: Page, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 2; i < n + 2; i++)
    out.push((await textOf(page.locator(`.grid-row[aria-rowindex="${i}"] .claim-label`))).replace(/^\s*\d+\s+/, '').trim());
  return out;
}

describe('the comparison grid before its live doc arrives, and the copy a device keeps', () => {
  const dataDir = freshDataDir();
  let product: Awaited<ReturnType<typeof startProduct>>;
  let browser: Browser;
  let setup: Awaited<ReturnType<typeof demoComparison>>;
  let projected: string[];
  /** The claim labels the server has projected from the doc (the projection lags the doc by about a second). */
  const projectedLabels = async (): Promise<string[]> => {
    const res = await product.gql(`query($id: ID!) { comparison(id: $id) { claims { label } } }`, { id: setup.comparison.id }, setup.token);
    return (res.data?.comparison?.claims ?? []).map((c: { label: string }) => c.label);
  };

  beforeAll(async () => {
    product = await startProduct({ dataDir });
    setup = await demoComparison(product);
    browser = await launchBrowser();
    // The projection of the doc lags it by about a second: wait until the server reads the claims back.
    await eventually(
      async () => {
        projected = await projectedLabels();
        return projected.length >= 3;
      },
      'the server projected the aligned claims',
      20000,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    removeDataDir(dataDir);
  });

  it('shows the projected claims while the collab socket is blocked, and keeps their rows once it syncs', async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, product.url, DEMO.email, DEMO.password);
    // Every collab socket is refused (as a proxy that drops WebSockets would): no doc can arrive.
    let attempts = 0;
    let blocking = true;
    await context.routeWebSocket(/\/collab/, (ws) => {
      attempts++;
      if (blocking) void ws.close({ code: 1013, reason: 'blocked by the test' });
      else ws.connectToServer();
    });
    await page.goto(`${product.url}/w/${setup.workspaceId}/comparisons/${setup.comparison.id}`);
    await page.getByRole('grid', { name: 'Claims by outlet' }).waitFor({ timeout: 15000 });
    await page.locator('.grid-row[aria-rowindex="2"] .claim-label').waitFor({ timeout: 15000 });

    const blocked = await firstLabels(page, 3);
    expect(attempts).toBeGreaterThan(0);
    for (const label of blocked) expect(projected).toContain(label);
    // Nothing of the doc arrived, so nothing claims to be saved.
    expect(await textOf(page.getByTestId('save-status'))).not.toMatch(/saved|Up to date/i);

    // The socket gets through again (its reconnect backs off at most 5 s): the live doc takes over, same rows.
    blocking = false;
    await eventually(async () => /saved|Up to date/.test(await textOf(page.getByTestId('save-status'))), 'collab connection synced', 20000);
    expect(await firstLabels(page, 3)).toEqual(blocked);
    await context.close();
  });

  it('keeps the doc a first visit received on the device: shown with the socket refused, edited there, merged on return', async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, product.url, DEMO.email, DEMO.password);
    let blocking = false;
    await context.routeWebSocket(/\/collab/, (ws) => {
      if (blocking) void ws.close({ code: 1013, reason: 'blocked by the test' });
      else ws.connectToServer();
    });
    const url = `${product.url}/w/${setup.workspaceId}/comparisons/${setup.comparison.id}`;
    // First visit on this device: the whole doc comes over the socket (applied without re-encoding, stored as it came).
    await page.goto(url);
    await eventually(async () => /saved|Up to date/.test(await textOf(page.getByTestId('save-status'))), 'first visit synced', 20000);
    const online = await firstLabels(page, 3);
    await page.close();

    // Offline: the copy on the device is the doc, editable, with the same rows as online.
    blocking = true;
    const offline = await context.newPage();
    await offline.goto(url);
    await offline.locator('.grid-row[aria-rowindex="2"] .claim-label').waitFor({ timeout: 15000 });
    expect(await firstLabels(offline, 3)).toEqual(online);
    await offline.locator('.grid-row[aria-rowindex="2"] .claim-label').click();
    const label = offline.getByRole('textbox', { name: 'Claim label' });
    await label.fill('Renamed while offline');
    await label.press('Enter');
    await eventually(async () => /on this device/i.test(await textOf(offline.getByTestId('save-status'))), 'kept locally');
    // The edit is written to IndexedDB in a transaction of its own; let it commit before the page goes.
    await offline.waitForTimeout(500);
    await offline.close();

    // Back online: the offline edit reaches the server (and its projection).
    blocking = false;
    const back = await context.newPage();
    await back.goto(url);
    await eventually(async () => /saved|Up to date/.test(await textOf(back.getByTestId('save-status'))), 'synced again', 20000);
    await eventually(async () => (await projectedLabels()).includes('Renamed while offline'), 'the server has the offline rename', 20000);
    await context.close();
  });
});
