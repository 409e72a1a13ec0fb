#!/usr/bin/env node
// Foundation figures: cold start (empty data folder → first GraphQL answer), warm start, and latency of
// `articles(first: 50)` with outlets and segments under 20 concurrent clients (autocannon).
// Run: npm run bench:api   (builds first; starts its own product with an embedded Postgres)
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the measured product (node --cpu-prof) into <dir>;
// BENCH_DURATION=<s> changes the 15 s load.
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { demoToken, freshDataDir, removeDataDir, startProduct } from '../test/support/product.mjs';

const QUERY = `query($ws: ID!) { articles(workspaceId: $ws, first: 50) { totalCount edges { node { id headline publishedAt outlet { id name } segments { id index text start end } } } } }`;

const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 15);
// API processes behind the port (the product's default: one per core, at most 4); API_WORKERS=1 measures one.
const PRODUCT_ENV = process.env.API_WORKERS ? { API_WORKERS: process.env.API_WORKERS } : {};

async function timeToFirstAnswer(dataDir, nodeArgs = []) {
  const t0 = Date.now();
  const product = await startProduct({ dataDir, nodeArgs, env: PRODUCT_ENV });
  const res = await product.gql('{ __typename }');
  if (!res.data) throw new Error('no GraphQL answer');
  return { product, ms: Date.now() - t0 };
}

async function seedArticles(product, token, ws, n) {
  const inputs = [];
  for (let i = 0; i < n; i++) {
    const body = Array.from(
      { length: 12 },
      (_, j) => `Officials from delegation ${i} said on day ${j} that talks on trade item ${j * 7 + i} would continue next week.`,
    ).join(' ');
    inputs.push({ workspaceId: ws, text: `Bench headline number ${i}\n\n${body}` });
  }
  const res = await product.gql(
    `mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { imported failed } }`,
    { inputs },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
}

const dataDir = freshDataDir();
try {
  const cold = await timeToFirstAnswer(dataDir);
  await cold.product.stop();
  const warm = await timeToFirstAnswer(dataDir, CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF_DIR] : []);
  const { product } = warm;
  const token = await demoToken(product);
  const ws = (await product.gql('{ workspaces { id } }', {}, token)).data.workspaces[0].id;
  await seedArticles(product, token, ws, 60);
  const result = await autocannon({
    url: `${product.url}/graphql`,
    method: 'POST',
    connections: 20,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables: { ws } }),
  });
  await product.stop();
  // The acceptance beside each figure, and the machine's load: other work shares its two cores.
  console.log(
    `\nload average (1/5/15 min): ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}, API_WORKERS=${process.env.API_WORKERS ?? 'default'}`,
  );
  console.log('\n| figure | value | target |\n|---|---|---|');
  console.log(`| cold start (empty data folder → first GraphQL answer) | ${(cold.ms / 1000).toFixed(2)} s | |`);
  console.log(`| warm start | ${(warm.ms / 1000).toFixed(2)} s | |`);
  console.log(`| articles(first: 50) with outlets + segments, 20 clients: requests/s | ${result.requests.average.toFixed(0)} | ≥ 300 |`);
  console.log(`| … latency p50 / p99 | ${result.latency.p50} ms / ${result.latency.p99} ms | p99 < 100 ms |`);
  console.log(`| … errors / non-2xx | ${result.errors} / ${result.non2xx} | 0 / 0 |`);
} finally {
  removeDataDir(dataDir);
}
