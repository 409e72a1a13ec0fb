#!/usr/bin/env node
// Importer figures: the pure pipeline (bench/ingest-pure.mjs) and importArticles end to end into Postgres
// for 1,000 articles through GraphQL. Run: npm run bench:ingest
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoToken, freshDataDir, removeDataDir, REPO_ROOT, startProduct } from '../test/support/product.mjs';

spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench', 'ingest-pure.mjs')], { stdio: 'inherit' });

const seeds = readdirSync(path.join(REPO_ROOT, 'seeds')).sort().map((f) => readFileSync(path.join(REPO_ROOT, 'seeds', f), 'utf8'));
/** 1,000 distinct articles: the seeds with a numbered sentence added, so each has its own content hash. */
function articles(ws, n, offset) {
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length];
    const k = offset + i;
    // Append a numbered sentence to the longest paragraph, so the body (and its hash) differs per copy.
    const lines = seed.split('\n');
    const longest = lines.reduce((best, l, j) => (l.length > lines[best].length ? j : best), 0);
    lines[longest] += ` In bench copy ${k}, officials confirmed the figures.`;
    return { workspaceId: ws, text: lines.join('\n') };
  });
}

const dataDir = freshDataDir();
const product = await startProduct({ dataDir });
try {
  const token = await demoToken(product);
  const ws = (await product.gql(`mutation { createWorkspace(name: "Ingest bench") { id } }`, {}, token)).data.createWorkspace.id;
  await product.gql(`mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported } }`, { inputs: articles(ws, 50, 100000) }, token);
  const rows = [];
  for (const batch of [100, 1000]) {
    const t0 = performance.now();
    let imported = 0;
    for (let done = 0; done < 1000; done += batch) {
      const res = await product.gql(
        `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported failed } }`,
        { inputs: articles(ws, batch, batch * 10000 + done) },
        token,
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      imported += res.data.importArticles.imported;
    }
    const s = (performance.now() - t0) / 1000;
    rows.push(`| importArticles end to end, batches of ${batch} | ${imported} | ${s.toFixed(2)} s | ${(imported / s).toFixed(0)} |`);
  }
  console.log('\n| path | articles | time | articles/s |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(r);
} finally {
  await product.stop();
  removeDataDir(dataDir);
}
