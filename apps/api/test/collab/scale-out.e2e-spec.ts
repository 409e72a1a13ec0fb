import { randomUUID } from 'node:crypto';
import { COLLAB_CLOSE, createClaim, ORIGIN, readComparisonDoc } from '@parallax/doc';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ComparisonDocService } from '../../src/collab/comparison-doc.service.js';
import { startBuiltServer, type BuiltServer } from '../support/built-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { syncedClient, type CollabClient } from './support/collab-clients.js';
import { addMember, createComparisonFixture, waitFor, type Api } from './support/collab-fixtures.js';
import { randomEdit, rng } from './support/doc-edits.js';
import { duplicateStructs, storedDoc } from './support/log-check.js';

// The machine's Redis (present here and in CI). If it is unreachable, booting the instances fails: this
// suite must not pass without exercising Redis.
const REDIS_URL = 'redis://127.0.0.1:6379';

let a: TestApp;
let b: TestApp;
const clients: CollabClient[] = [];
beforeAll(async () => {
  // A channel prefix of its own, so concurrent runs on the same Redis never hear each other.
  const env = {
    REDIS_URL,
    REDIS_PREFIX: `parallax-test-${randomUUID()}`,
    COLLAB_UNLOAD_GRACE_MS: '100',
    COLLAB_PROJECTION_DEBOUNCE_MS: '50',
  };
  a = await startTestApp(env);
  b = await startTestApp(env);
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const json = (doc: Y.Doc) => JSON.stringify(readComparisonDoc(doc));

describe('two API instances sharing Redis', () => {
  it('converge for clients on either instance, and the log holds each update once', async () => {
    const f = await createComparisonFixture(a, 2, 3);
    const users = [f.owner, await addMember(a, f, 'EDITOR'), await addMember(a, f, 'EDITOR'), await addMember(a, f, 'EDITOR')];
    const apps = [a, b, a, b];
    clients.push(...(await Promise.all(users.map((u, i) => syncedClient(apps[i]!.url, f.comparisonId, { token: u.token })))));
    const random = rng(2024);
    for (let round = 0; round < 12; round++) {
      clients.forEach((c, i) => randomEdit(c.doc, users[i]!.userId, f.segments, random));
      await new Promise((r) => setTimeout(r, 5));
    }
    // A server-side change on B reaches clients on A too.
    await b.app
      .get(ComparisonDocService)
      .transact(f.comparisonId, ORIGIN.graphql(f.owner.userId), (doc) =>
        createClaim(doc, { label: 'from B' }, ORIGIN.graphql(f.owner.userId)),
      );
    await waitFor(async () => {
      const onA = JSON.stringify(await a.app.get(ComparisonDocService).read(f.comparisonId));
      const onB = JSON.stringify(await b.app.get(ComparisonDocService).read(f.comparisonId));
      return onA === onB && clients.every((c) => json(c.doc) === onA);
    }, 'both instances and all clients to converge');
    expect(readComparisonDoc(clients[0]!.doc).claims.map((c) => c.label)).toContain('from B');
    expect(await duplicateStructs(a, f.comparisonId)).toEqual([]);
    const stored = await storedDoc(a, f.comparisonId);
    expect(json(stored)).toBe(json(clients[0]!.doc));
  });

  it('shares presence across instances', async () => {
    const f = await createComparisonFixture(a, 2, 1);
    const onA = await syncedClient(a.url, f.comparisonId, { token: f.owner.token });
    const onB = await syncedClient(b.url, f.comparisonId, { token: f.owner.token });
    clients.push(onA, onB);
    onA.provider.awareness.setLocalStateField('user', { name: 'On A' });
    await waitFor(
      () => [...onB.provider.awareness.getStates().values()].some((s) => s.user?.name === 'On A'),
      'presence to cross instances',
    );
  });

  it('delivers comparisonChanged to a subscriber on the other instance', async () => {
    // Only B loads the doc and projects it; the event can only reach A through Redis.
    await expectComparisonChangedToCross(a, b, 'Projected on B', 'the event on instance A');
  });

  it('closes the sockets of a comparison deleted on the other instance with NOT_FOUND', async () => {
    await expectDeletionToCloseSockets(a, b);
  });
});

// `npm start` on a machine with several cores: API_WORKERS processes of dist/main.js behind one port, no
// Redis, the primary relaying their fan-out. node:cluster hands consecutive connections to alternate
// workers, so requests (each on a new connection) land on both; a collab socket is then handed to the one
// worker that serves its room, while GraphQL changes made on the other worker still cross to it.
describe('API_WORKERS processes behind one port (node:cluster, no Redis)', () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startBuiltServer({
      API_WORKERS: '2',
      COLLAB_UNLOAD_GRACE_MS: '100',
      COLLAB_PROJECTION_DEBOUNCE_MS: '50',
      AUTH_ATTEMPTS_PER_IP: '4',
      // Each worker that loads a room logs 'collab room loaded'.
      LOG_LEVEL: 'info',
    });
  }, 60_000);
  afterAll(() => server?.close());

  /** How many times a worker loaded the room of `comparisonId` so far. */
  const roomLoads = (comparisonId: string) =>
    server
      .output()
      .split('\n')
      .filter((line) => line.includes('collab room loaded') && line.includes(comparisonId)).length;

  it('serves all the sockets of a room in one worker, however the connections were spread', async () => {
    const f = await createComparisonFixture(server, 2, 3);
    const editor = await addMember(server, f, 'EDITOR');
    // Four consecutive connections: node:cluster hands them to both workers in turn.
    for (const token of [f.owner.token, editor.token, f.owner.token, editor.token])
      clients.push(await syncedClient(server.url, f.comparisonId, { token }));
    randomEdit(clients[0]!.doc, f.owner.userId, f.segments, rng(3));
    await waitFor(async () => clients.every((c) => json(c.doc) === json(clients[0]!.doc)), 'every client to get the edit');
    // The first client stays connected, so the room never unloads: one worker loaded it, once.
    expect(roomLoads(f.comparisonId)).toBe(1);
  });

  it('converge for clients on either worker, and the log holds each update once', async () => {
    const f = await createComparisonFixture(server, 2, 3);
    const users = [
      f.owner,
      await addMember(server, f, 'EDITOR'),
      await addMember(server, f, 'EDITOR'),
      await addMember(server, f, 'VIEWER'),
    ];
    for (const u of users) clients.push(await syncedClient(server.url, f.comparisonId, { token: u.token }));
    const random = rng(7);
    for (let round = 0; round < 12; round++) {
      clients.slice(0, 3).forEach((c, i) => randomEdit(c.doc, users[i]!.userId, f.segments, random));
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(async () => {
      const stored = json(await storedDoc(server, f.comparisonId));
      return clients.every((c) => json(c.doc) === stored);
    }, 'the stored doc and all clients to converge');
    // The viewer saw every edit.
    expect(readComparisonDoc(clients[3]!.doc).claims.length).toBeGreaterThan(0);
    expect(await duplicateStructs(server, f.comparisonId)).toEqual([]);
  });

  it('delivers comparisonChanged to a subscriber on the other worker', async () => {
    // The next connection goes to the other worker: it loads the doc and projects it there.
    await expectComparisonChangedToCross(server, server, 'Projected on the other worker', 'the event on the first worker');
  });

  it('closes the sockets of a deleted comparison on every worker with NOT_FOUND', async () => {
    await expectDeletionToCloseSockets(server, server);
  });

  it('counts sign-in attempts once for the machine, not once per worker', async () => {
    const attempt = () =>
      server
        .gql(`mutation { signIn(email: "nobody@example.test", password: "not-the-password") { token } }`)
        .then((r) => r.errors?.[0]?.extensions?.code);
    const codes: unknown[] = [];
    // AUTH_ATTEMPTS_PER_IP is 4: alternating workers would each allow 4 if each kept its own count.
    for (let i = 0; i < 6; i++) codes.push(await attempt());
    expect(codes.slice(0, 4)).not.toContain('TOO_MANY_REQUESTS');
    expect(codes.slice(4)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});

/**
 * Opens two editors' sockets through `openOn` (behind one port they land on both workers), deletes the
 * comparison through `deleteOn`, and expects every socket to close with NOT_FOUND, final (no reconnect).
 */
async function expectDeletionToCloseSockets(openOn: Api & { url: string }, deleteOn: Api) {
  const f = await createComparisonFixture(openOn, 2, 1);
  const editor = await addMember(openOn, f, 'EDITOR');
  const open = [
    await syncedClient(openOn.url, f.comparisonId, { token: f.owner.token }),
    await syncedClient(openOn.url, f.comparisonId, { token: editor.token }),
  ];
  clients.push(...open);
  const res = await deleteOn.gql(
    `mutation($id: ID!) { deleteComparison(input: { id: $id }) { id } }`,
    { id: f.comparisonId },
    f.owner.token,
  );
  expect(res.errors).toBeUndefined();
  await waitFor(() => open.every((c) => c.closes.includes(COLLAB_CLOSE.NOT_FOUND)), 'every open socket to close with NOT_FOUND');
}

/**
 * Subscribes to comparisonChanged through `listenOn`, creates a claim through `mutateOn` (which loads and
 * projects the doc there) and expects the event to cross over.
 */
async function expectComparisonChangedToCross(listenOn: Api & { url: string }, mutateOn: Api, label: string, where: string) {
  const f = await createComparisonFixture(listenOn, 2, 1);
  const gql = createClient({
    url: `${listenOn.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${f.owner.token}` },
  });
  const events: unknown[] = [];
  gql.subscribe(
    { query: `subscription($id: ID!) { comparisonChanged(id: $id) { comparisonId claimCount } }`, variables: { id: f.comparisonId } },
    { next: (m) => events.push(m.data?.comparisonChanged), error: () => undefined, complete: () => undefined },
  );
  await new Promise((r) => setTimeout(r, 300));
  const res = await mutateOn.gql(
    `mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }`,
    { i: { comparisonId: f.comparisonId, label } },
    f.owner.token,
  );
  expect(res.errors).toBeUndefined();
  await waitFor(() => events.length > 0, where);
  expect(events[0]).toEqual({ comparisonId: f.comparisonId, claimCount: 1 });
  await gql.dispose();
}
