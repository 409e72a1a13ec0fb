import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from '../support/product.mjs';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS = path.join(REPO_ROOT, 'test', 'artifacts');

/** Launches the machine's Chromium headless, as CI does (see .ci/run). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A laptop-sized page in a fresh context (its own cookies and storage: one person). */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn(`[page error] ${e.message}`));
  return { context, page };
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Polls until the condition holds (expect-style wait), failing with the message after `timeout` ms. */
export async function eventually(condition: () => Promise<boolean>, message: string, timeout = 5000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await condition().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeout) throw new Error(`Timed out after ${timeout} ms: ${message}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The text of a locator, or '' when it is absent. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.count()) ? ((await locator.first().textContent()) ?? '') : '';
}

/**
 * Saves a screenshot to test/artifacts/<name>.png and, with `publish` and UPDATE_SCREENSHOTS=1, copies it to
 * docs/screenshots/ (a plain test run leaves the committed README pictures alone).
 */
export async function screenshot(page: Page, name: string, publish = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (publish && process.env.UPDATE_SCREENSHOTS === '1') {
    const docs = path.join(REPO_ROOT, 'docs', 'screenshots');
    mkdirSync(docs, { recursive: true });
    copyFileSync(file, path.join(docs, `${name}.png`));
  }
}
