import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createClaim, ORIGIN, readComparisonDoc } from '@parallax/doc';
import * as Y from 'yjs';
import { findRepoRoot } from '../../src/config/repo-root.js';
import { createPrismaClient } from '../../src/infra/prisma/prisma.service.js';
import type { GqlResponse } from '../support/test-app.js';
import { syncedClient, type CollabClient } from './support/collab-clients.js';
import { addMember, createComparisonFixture, waitFor, type Api } from './support/collab-fixtures.js';
import { duplicateStructs, storedDoc } from './support/log-check.js';

// The built server (npm run build), as production runs it: a separate process we can kill -9.
const MAIN = path.join(findRepoRoot(), 'apps', 'api', 'dist', 'main.js');

let port: number;
let url: string;
let server: ChildProcess | null = null;
let output = '';
let api: Api & { close(): Promise<void> };
const clients: CollabClient[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(p));
    });
  });
}

function startServer(): Promise<void> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: process.env.DATABASE_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      COLLAB_PROJECTION_DEBOUNCE_MS: '50',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  server = child;
  return waitFor(async () => (await fetch(`${url}/healthz`)).ok, `the server to start (output: ${output})`, 20_000).then(() => undefined);
}

async function gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) };
}

beforeAll(async () => {
  port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  api = { gql, prisma, close: () => prisma.$disconnect() };
  await startServer();
}, 30_000);
afterAll(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  server?.kill('SIGKILL');
  await api.close();
});

const labelsOf = (doc: Y.Doc) => readComparisonDoc(doc).claims.map((c) => c.label);

describe('crash of the collab server', () => {
  it('keeps every update another client had received through a kill -9, without duplicates', async () => {
    const f = await createComparisonFixture(api, 2, 2);
    const users = [f.owner, await addMember(api, f, 'EDITOR'), await addMember(api, f, 'EDITOR')];
    clients.push(...(await Promise.all(users.map((u) => syncedClient(url, f.comparisonId, { token: u.token })))));
    // What each client has received from the others: these edits were visible, so they must survive.
    const received = new Set<string>();
    clients.forEach((c, i) =>
      c.doc.on('update', (_u: Uint8Array, origin: unknown) => {
        if (origin === c.provider)
          labelsOf(c.doc)
            .filter((l) => !l.startsWith(`c${i}-`))
            .forEach((l) => received.add(l));
      }),
    );
    let n = 0;
    const edit = setInterval(() => {
      clients.forEach((c, i) => createClaim(c.doc, { label: `c${i}-${n}` }, ORIGIN.user(users[i]!.userId)));
      n += 1;
    }, 10);
    await waitFor(() => received.size >= 40, 'clients to exchange edits', 15_000);
    server!.kill('SIGKILL');
    await new Promise((r) => server!.once('exit', r));
    const mustSurvive = [...received];
    // Clients keep editing while the server is down (offline edits), then stop.
    await new Promise((r) => setTimeout(r, 100));
    clearInterval(edit);

    await startServer();
    const stored = labelsOf(await storedDoc(api, f.comparisonId));
    expect(mustSurvive.filter((l) => !stored.includes(l))).toEqual([]);
    expect(await duplicateStructs(api, f.comparisonId)).toEqual([]);

    // The clients reconnect on their own and merge what the server never stored (their offline edits).
    const everything = new Set(clients.flatMap((c) => labelsOf(c.doc)));
    await waitFor(
      async () => {
        const now = new Set(labelsOf(await storedDoc(api, f.comparisonId)));
        return [...everything].every((l) => now.has(l));
      },
      'every edit to be stored after reconnecting',
      15_000,
    );
    const final = JSON.stringify(readComparisonDoc(await storedDoc(api, f.comparisonId)));
    await waitFor(() => clients.every((c) => JSON.stringify(readComparisonDoc(c.doc)) === final), 'clients to converge');
    expect(await duplicateStructs(api, f.comparisonId)).toEqual([]);
  }, 60_000);
});
