#!/usr/bin/env node
/**
 * Web figures, measured in the machine's Chromium (Playwright) against the built product on a fresh data folder:
 *
 *  1. First-load JavaScript (gzipped) of the sign-in page and of a comparison page: every script the page
 *     loads until it is usable, compressed with gzip -9 here (the product does not compress responses).
 *  2. Time to interactive of a comparison of 50 outlets × 300 claims (15,000 linked sentences), seeded by this
 *     script: articles through `importArticles`, the comparison through `createComparison`, the claims through
 *     the collab socket (one node y-websocket client writing @parallax/doc operations). "Interactive" is the
 *     moment the first claim row is rendered and the page answers a key press (j selects a claim).
 *  3. Typing latency in a claim's note while another client sends 20 edits a second to the same note: from
 *     keydown to the next frame after the textarea changed, for 60 keystrokes (median, p95, max).
 *
 * Usage: npm run build && node bench/web.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium; BENCH_URL=http://…
 * measures a running product with the demo login instead of starting one; WEB_DIST_DIR=… serves another web
 * build, e.g. one of main, to compare before and after on the same API and data)
 * Not a test: it prints a markdown table and the targets (< 300 KB, < 1.5 s, < 50 ms).
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { COLLAB_ACKS_PARAM, createClaim, getClaimNoteText, linkSegment, ORIGIN, readComparisonDoc } from '@parallax/doc';
import { demoToken, freshDataDir, removeDataDir, startProduct } from '../test/support/product.mjs';

const OUTLETS = 50;
const CLAIMS = 300;
const KEYSTROKES = 60;
const REMOTE_EDITS_PER_SEC = 20;

const VERBS = ['said', 'stated', 'noted', 'stressed', 'added', 'reported'];
const ADJ = ['firm', 'strong', 'unwavering', 'steady', 'deep', 'lasting'];

/** Sentence `i` as outlet `k` words it: the same claim with small, outlet-specific wording changes. */
function sentence(i, k) {
  const verb = VERBS[(i + k) % VERBS.length];
  const adj = ADJ[(i * 7 + k) % ADJ.length];
  const when = k % 3 === 0 ? ' on Thursday' : '';
  const lead = k % 4 === 1 ? `Officials ${verb} that` : `The statement ${verb} that`;
  // Every outlet words some sentences its own way, so no two articles are duplicates of each other.
  const own = i % 5 === k % 5 ? `, as desk ${k + 1} reported` : '';
  return `${lead} point ${i + 1} of the joint plan reflects a ${adj} commitment by both governments${when} to project ${i + 11}${own}.`;
}

function articleText(k) {
  const lines = [`Outlet ${k + 1} headline: China and Pakistan issue joint statement, part ${k + 1}`, ''];
  for (let p = 0; p < CLAIMS / 5; p++) {
    lines.push(Array.from({ length: 5 }, (_, j) => sentence(p * 5 + j, k)).join(' '));
    lines.push('');
  }
  return lines.join('\n');
}

async function seedComparison(product, token) {
  const ws = (
    await product.gql(`mutation($n: String!) { createWorkspace(name: $n) { id } }`, { n: `Bench ${new Date().toISOString()}` }, token)
  ).data.createWorkspace.id;
  const inputs = Array.from({ length: OUTLETS }, (_, k) => ({
    workspaceId: ws,
    text: articleText(k),
    outletName: `Outlet ${String(k + 1).padStart(2, '0')}`,
  }));
  const ids = [];
  for (let i = 0; i < inputs.length; i += 10) {
    const res = await product.gql(
      `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { results { article { id } error { code message } } } }`,
      { inputs: inputs.slice(i, i + 10) },
      token,
    );
    if (!res.data) throw new Error(`import failed: ${JSON.stringify(res.errors)}`);
    for (const r of res.data.importArticles.results) {
      if (!r.article) throw new Error(`import failed: ${JSON.stringify(r.error)}`);
      ids.push(r.article.id);
    }
  }
  const made = await product.gql(
    `mutation($w: ID!, $ids: [ID!]!) { createComparison(workspaceId: $w, title: "50 outlets × 300 claims", articleIds: $ids) { id articles { id segments { id index } } } }`,
    { w: ws, ids },
    token,
  );
  if (!made.data) throw new Error(`createComparison failed: ${JSON.stringify(made.errors)}`);
  const comparison = made.data.createComparison;
  const client = await connect(product, token, comparison.id);
  const BATCH = 10;
  for (let c = 0; c < CLAIMS; c += BATCH) {
    client.doc.transact(() => {
      for (let i = c; i < Math.min(CLAIMS, c + BATCH); i++) {
        const claimId = `claim-${i}`;
        createClaim(client.doc, { id: claimId, label: `Point ${i + 1} of the joint plan` }, ORIGIN.autoAlign);
        for (const a of comparison.articles) {
          const s = a.segments.find((x) => x.index === i);
          if (s)
            linkSegment(
              client.doc,
              { claimId, segmentId: s.id, articleId: a.id, relation: i % 9 === 0 ? 'PARTIAL' : 'PARAPHRASE' },
              ORIGIN.autoAlign,
            );
        }
      }
    }, ORIGIN.autoAlign);
    await sleep(120); // stay under the server's bytes-per-second limit
  }
  await client.saved();
  const claims = readComparisonDoc(client.doc).claims.length;
  client.close();
  return { workspaceId: ws, comparisonId: comparison.id, claims };
}

/** A node collab client (y-websocket over ws) that can tell when the server stored everything it sent. */
async function connect(product, token, comparisonId) {
  const doc = new Y.Doc();
  let sent = 0;
  let acked = 0;
  class Counting extends WebSocket {
    send(data, ...rest) {
      const b = data instanceof Uint8Array ? data : new Uint8Array(data);
      if (b[0] === 0 && (b[1] === 1 || b[1] === 2)) sent++;
      return super.send(data, ...rest);
    }
  }
  const provider = new WebsocketProvider(product.url.replace(/^http/, 'ws') + '/collab', comparisonId, doc, {
    WebSocketPolyfill: Counting,
    params: { token, [COLLAB_ACKS_PARAM]: '1' },
    disableBc: true,
  });
  provider.messageHandlers[100] = (_e, decoder) => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const byte = decoder.arr[decoder.pos++];
      n += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    acked = Math.max(acked, n);
  };
  await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('collab sync timed out')), 20000);
    provider.once('sync', () => {
      clearTimeout(t);
      resolve();
    });
  });
  return {
    doc,
    async saved() {
      const start = Date.now();
      while (acked < sent && Date.now() - start < 30000) await sleep(50);
      if (acked < sent) throw new Error(`server acknowledged ${acked} of ${sent} updates`);
    },
    close: () => provider.destroy(),
  };
}

/** A product someone else started, reached by URL. */
function runningAt(url) {
  return {
    url,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the product answers the sign-in page within 200 ms (at most two minutes); returns the wait. */
async function settle(url) {
  const start = Date.now();
  while (Date.now() - start < 120_000) {
    const t = Date.now();
    const ok = await fetch(`${url}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && Date.now() - t < 200) return Date.now() - start;
    await sleep(250);
  }
  return Date.now() - start;
}

/** Gzipped size of every script a page loads while `action` runs. */
async function firstLoadJs(page, action) {
  const scripts = new Map();
  const onResponse = async (res) => {
    if (res.request().resourceType() !== 'script') return;
    try {
      scripts.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
    } catch {
      /* redirects and aborted loads have no body */
    }
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return { bytes: [...scripts.values()].reduce((a, b) => a + b, 0), files: scripts.size };
}

/** Page init script: records when each collab (WebSocket) frame arrived and its size in `window.__frames`. */
function recordCollabFrames() {
  const Native = window.WebSocket;
  window.__frames = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const bytes = e.data?.byteLength ?? e.data?.size ?? String(e.data).length;
        window.__frames.push({ at: performance.now(), bytes });
      });
    }
  };
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

async function main() {
  // BENCH_URL measures an already running product (its demo login) instead of starting a fresh one.
  const dataDir = process.env.BENCH_URL ? null : freshDataDir();
  const env = process.env.WEB_DIST_DIR ? { WEB_DIST_DIR: process.env.WEB_DIST_DIR } : {};
  const product = dataDir ? await startProduct({ dataDir, env }) : runningAt(process.env.BENCH_URL);
  const browser = await chromium.launch({
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
  try {
    const token = await demoToken(product);
    process.stderr.write('seeding 50 outlets × 300 claims…\n');
    const t0 = Date.now();
    const seeded = await seedComparison(product, token);
    process.stderr.write(
      `seeded ${seeded.claims} claims in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${product.url}/w/${seeded.workspaceId}/comparisons/${seeded.comparisonId}\n`,
    );

    // The server projects and compacts the freshly written doc for a while; measure the page, not that.
    const settled = await settle(product.url);
    process.stderr.write(`server settled after ${(settled / 1000).toFixed(1)} s\n`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const signInJs = await firstLoadJs(page, () => page.goto(`${product.url}/sign-in`, { timeout: 120_000 }));
    await page.getByLabel('Email').fill('demo@parallax.local');
    await page.getByLabel('Password').fill('parallax');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));

    // A fresh page (empty memory cache) on the comparison URL: what a colleague opening a shared link loads.
    const cold = await context.newPage();
    await cold.route('**/*', (route) => route.continue());
    // Where the first visit spends its time: when each collab frame arrived (and how big it was).
    await cold.addInitScript(recordCollabFrames);
    const url = `${product.url}/w/${seeded.workspaceId}/comparisons/${seeded.comparisonId}`;
    let rowAt = 0;
    const comparisonJs = await firstLoadJs(cold, async () => {
      await cold.goto(url);
      rowAt = await cold
        .waitForFunction(() => (document.querySelector('.grid-row[aria-rowindex="2"] .claim-label') ? performance.now() : 0), null, {
          polling: 'raf',
          timeout: 60000,
        })
        .then((h) => h.jsonValue());
    });
    const interactiveAt = await cold.evaluate(
      () =>
        new Promise((resolve) => {
          const t = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
          const check = () =>
            document.querySelector('.grid-row[aria-selected="true"]') ? resolve(performance.now() - t) : requestAnimationFrame(check);
          check();
        }),
    );
    const breakdown = await cold.evaluate(() => {
      const gql = performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/graphql'))
        .map((r) => ({ end: r.responseEnd, bytes: r.encodedBodySize }));
      const big = window.__frames.reduce((a, f) => (f.bytes > (a?.bytes ?? 0) ? f : a), null);
      return { gql, firstFrame: window.__frames[0]?.at ?? 0, big };
    });
    // A second visit: the offline copy in IndexedDB is shown while the server's copy syncs.
    await sleep(1500);
    const again = await context.newPage();
    await again.addInitScript(recordCollabFrames);
    await again.goto(url);
    const repeatRowAt = await again
      .waitForFunction(() => (document.querySelector('.grid-row[aria-rowindex="2"] .claim-label') ? performance.now() : 0), null, {
        polling: 'raf',
        timeout: 60000,
      })
      .then((h) => h.jsonValue());
    // What the repeat visit downloads over the socket once synced (the state vector should leave only what changed).
    await again
      .waitForFunction(() => /saved|Up to date/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''), null, {
        timeout: 30000,
      })
      .catch(() => {});
    const repeatFrames = await again.evaluate(() => ({
      bytes: window.__frames.reduce((a, f) => a + f.bytes, 0),
      count: window.__frames.length,
    }));
    await again.close();
    const rows = await cold.locator('.grid-row').count();
    const cells = await cold.locator('.grid-cell').count();

    // Typing in the first claim's note while a remote client edits the same note 20 times a second.
    await cold.locator('.grid-row[aria-rowindex="2"] .claim-label').click();
    const note = cold.locator('.note-editor textarea');
    await note.click();
    await cold.evaluate(() => {
      const area = document.querySelector('.note-editor textarea');
      window.__latencies = [];
      area.addEventListener('keydown', () => {
        const t = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - t), 0));
      });
    });
    const remote = await connect(product, token, seeded.comparisonId);
    const noteText = getClaimNoteText(remote.doc, 'claim-0');
    let remoteEdits = 0;
    const timer = setInterval(() => {
      remote.doc.transact(() => noteText.insert(noteText.length, remoteEdits % 10 === 9 ? '\n' : '·'), ORIGIN.user('bench-remote'));
      remoteEdits++;
    }, 1000 / REMOTE_EDITS_PER_SEC);
    await sleep(500);
    await cold.keyboard.type('Outlets disagree on who proposed the corridor upgrade; check it.'.slice(0, KEYSTROKES), { delay: 60 });
    clearInterval(timer);
    await sleep(300);
    const latencies = await cold.evaluate(() => window.__latencies);
    const typed = await note.inputValue();
    remote.close();
    const lat = stats(latencies);

    const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
    const rowsOut = [
      ['First-load JS, sign-in page (gzip)', `${kb(signInJs.bytes)} in ${signInJs.files} files`, '< 300 KB'],
      ['First-load JS, comparison page (gzip)', `${kb(comparisonJs.bytes)} in ${comparisonJs.files} files`, '< 300 KB'],
      [
        `Time to interactive, ${OUTLETS} outlets × ${seeded.claims} claims`,
        `${Math.round(rowAt + interactiveAt)} ms (first row at ${Math.round(rowAt)} ms, key answered in ${Math.round(interactiveAt)} ms)`,
        '< 1500 ms',
      ],
      [
        'First visit: GraphQL responses done, first collab frame, largest frame',
        `${breakdown.gql.map((g) => `${Math.round(g.end)} ms (${kb(g.bytes)})`).join(', ')}; ${Math.round(breakdown.firstFrame)} ms; ${
          breakdown.big ? `${Math.round(breakdown.big.at)} ms (${kb(breakdown.big.bytes)})` : 'none'
        }`,
        '',
      ],
      ['Repeat visit (offline copy in IndexedDB), first row', `${Math.round(repeatRowAt)} ms`, '< 1000 ms'],
      ['Repeat visit: collab bytes received until synced', `${kb(repeatFrames.bytes)} in ${repeatFrames.count} frames`, ''],
      ['DOM rendered (windowed)', `${rows} rows, ${cells} cells of ${seeded.claims + 1} × ${OUTLETS}`, ''],
      [
        `Note typing latency, remote ${REMOTE_EDITS_PER_SEC} edits/s (${latencies.length} keys)`,
        `median ${lat.median.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms, max ${lat.max.toFixed(1)} ms`,
        '< 50 ms',
      ],
      ['Remote edits applied while typing', `${remoteEdits} (note ends with ${JSON.stringify(typed.slice(-3))})`, ''],
    ];
    console.log('| measure | result | target |\n| --- | --- | --- |');
    for (const r of rowsOut) console.log(`| ${r.join(' | ')} |`);
  } finally {
    await browser.close();
    if (dataDir) {
      await product.stop();
      removeDataDir(dataDir);
    }
  }
}

// Exit when done: a provider's reconnect timer or a lingering socket must not keep the bench alive.
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
