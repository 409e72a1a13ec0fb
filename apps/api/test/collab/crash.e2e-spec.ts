import { createClaim, ORIGIN, readComparisonDoc } from '@parallax/doc';
import * as Y from 'yjs';
import { createPrismaClient } from '../../src/infra/prisma/prisma.service.js';
import { startBuiltServer, type BuiltServer } from '../support/built-server.js';
import { freePort } from '../support/free-port.mjs';
import { syncedClient, type CollabClient } from './support/collab-clients.js';
import { addMember, createComparisonFixture, waitFor, type Api } from './support/collab-fixtures.js';
import { duplicateStructs, storedDoc } from './support/log-check.js';

let port: number;
let url: string;
// The built server (npm run build), as production runs it: a separate process we can kill -9.
let server: BuiltServer | null = null;
let api: Api & { close(): Promise<void> };
const clients: CollabClient[] = [];

/** Starts (or restarts, on the same port, so clients reconnect) the built server. */
async function startServer(): Promise<void> {
  server = await startBuiltServer({ COLLAB_PROJECTION_DEBOUNCE_MS: '50' }, port);
}

async function killServer(): Promise<void> {
  server!.process.kill('SIGKILL');
  await server!.close();
}

beforeAll(async () => {
  port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  api = { gql: (query, variables, token) => server!.gql(query, variables, token), prisma, close: () => prisma.$disconnect() };
  await startServer();
}, 30_000);
afterAll(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  if (server) await killServer();
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
    await killServer();
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
