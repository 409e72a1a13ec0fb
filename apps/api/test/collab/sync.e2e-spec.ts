import { createClaim, getSchemaVersion, ORIGIN, readComparisonDoc, SCHEMA_VERSION } from '@parallax/doc';
import * as Y from 'yjs';
import { ComparisonDocService } from '../../src/collab/comparison-doc.service.js';
import { RoomRegistry } from '../../src/collab/rooms/room-registry.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { opened, rawSocket, syncedClient, type CollabClient } from './support/collab-clients.js';
import { addMember, createComparisonFixture, waitFor } from './support/collab-fixtures.js';
import { claimsOfView, projectedClaims, randomEdit, rng } from './support/doc-edits.js';
import { storedDoc } from './support/log-check.js';

let t: TestApp;
const clients: CollabClient[] = [];
beforeAll(async () => {
  t = await startTestApp({ COLLAB_UNLOAD_GRACE_MS: '100', COLLAB_PROJECTION_DEBOUNCE_MS: '50', COLLAB_PROJECTION_MAX_WAIT_MS: '200' });
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await t.close();
});

const json = (doc: Y.Doc) => JSON.stringify(readComparisonDoc(doc));

describe('sync with stock y-websocket clients', () => {
  it('converges after random concurrent edits by several clients, and the projection matches the doc', async () => {
    const f = await createComparisonFixture(t, 3, 4);
    const users = [f.owner, await addMember(t, f, 'EDITOR'), await addMember(t, f, 'EDITOR'), await addMember(t, f, 'EDITOR')];
    clients.push(...(await Promise.all(users.map((u) => syncedClient(t.url, f.comparisonId, { token: u.token })))));
    const random = rng(42);
    // Rounds of edits by every client without waiting in between: they race on the server.
    for (let round = 0; round < 15; round++) {
      clients.forEach((c, i) => randomEdit(c.doc, users[i]!.userId, f.segments, random));
      await new Promise((r) => setTimeout(r, 5));
    }
    const server = t.app.get(ComparisonDocService);
    await waitFor(async () => {
      const expected = JSON.stringify(await server.read(f.comparisonId));
      return clients.every((c) => json(c.doc) === expected);
    }, 'every client to converge with the server');
    const view = await server.read(f.comparisonId);
    expect(view.claims.length).toBeGreaterThan(2);
    await waitFor(
      async () => JSON.stringify(await projectedClaims(t, f.comparisonId)) === JSON.stringify(claimsOfView(view)),
      'the projection to match the doc',
    );
  });

  it('merges the edits an offline client made when it reconnects', async () => {
    const f = await createComparisonFixture(t);
    const online = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    const offline = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    clients.push(online, offline);
    offline.provider.disconnect();
    createClaim(offline.doc, { label: 'written offline' }, ORIGIN.user(f.owner.userId));
    createClaim(online.doc, { label: 'written online' }, ORIGIN.user(f.owner.userId));
    await waitFor(
      async () => (await t.app.get(ComparisonDocService).read(f.comparisonId)).claims.length === 1,
      'the online edit to be stored',
    );
    offline.provider.connect();
    const both = (c: CollabClient) =>
      ['written offline', 'written online'].every((l) => readComparisonDoc(c.doc).claims.some((x) => x.label === l));
    await waitFor(() => both(online) && both(offline), 'both clients to hold both edits');
    expect(json(online.doc)).toBe(json(offline.doc));
  });

  it('acknowledges stored updates to a client that asked for acks, and sends none to a stock client', async () => {
    const f = await createComparisonFixture(t);
    const withAcks = await syncedClient(t.url, f.comparisonId, { token: f.owner.token, acks: true });
    const stock = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    clients.push(withAcks, stock);
    for (const label of ['one', 'two', 'three']) createClaim(withAcks.doc, { label }, ORIGIN.user(f.owner.userId));
    createClaim(stock.doc, { label: 'stock' }, ORIGIN.user(f.owner.userId));
    // Sync step 2 at connect, then one update message per local transaction.
    await waitFor(() => withAcks.acked() === 4, 'the ack of 4 messages');
    // An ack means stored: the edits are in Postgres by now.
    const stored = readComparisonDoc(await storedDoc(t, f.comparisonId)).claims.map((c) => c.label);
    expect(stored).toEqual(expect.arrayContaining(['one', 'two', 'three']));
    await waitFor(() => readComparisonDoc(withAcks.doc).claims.some((c) => c.label === 'stock'), 'the stock client’s edit to arrive');
    expect(stock.acked()).toBe(0);
  });

  it('unloads an empty room after the grace period, compacts its log, and loads it back from the snapshot', async () => {
    const f = await createComparisonFixture(t);
    const client = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    for (let i = 0; i < 20; i++) createClaim(client.doc, { label: `claim ${i}` }, ORIGIN.user(f.owner.userId));
    await waitFor(async () => (await storedDoc(t, f.comparisonId)).getMap('claims').size === 20, 'the claims to be stored');
    const expected = json(client.doc);
    client.destroy();
    const registry = t.app.get(RoomRegistry);
    await waitFor(async () => !(await registry.loadedRooms()).some((r) => r.comparisonId === f.comparisonId), 'the room to unload');
    const snapshot = await waitFor(() => t.prisma.collabSnapshot.findUnique({ where: { comparisonId: f.comparisonId } }), 'the compaction');
    const newest = await t.prisma.collabUpdate.findFirst({ where: { comparisonId: f.comparisonId }, orderBy: { id: 'desc' } });
    expect(snapshot!.lastUpdateId).toBe(newest!.id);
    const again = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    clients.push(again);
    expect(json(again.doc)).toBe(expected);
  });

  it('upgrades a schema-1 doc to compact link records once, durably, when its room loads', async () => {
    const f = await createComparisonFixture(t, 2, 3);
    // The doc as schema-1 code stored it: a claim whose links are per-field Y.Maps.
    const v1 = new Y.Doc();
    v1.transact(() => {
      v1.getMap('meta').set('schemaVersion', 1);
      const claim = new Y.Map<unknown>();
      v1.getMap('claims').set('c1', claim);
      for (const [k, v] of Object.entries({ id: 'c1', label: 'Old claim', labelOrigin: 'HUMAN', position: 1, origin: 'HUMAN' }))
        claim.set(k, v);
      claim.set('note', new Y.Text());
      for (const s of f.segments) {
        const link = new Y.Map<unknown>();
        v1.getMap('links').set(`c1|${s.id}`, link);
        for (const [k, v] of Object.entries({ claimId: 'c1', segmentId: s.id, articleId: s.articleId, relation: 'PARAPHRASE' }))
          link.set(k, v);
        for (const [k, v] of Object.entries({
          flags: [],
          origin: 'AUTO',
          confidence: 0.8,
          linkedBy: null,
          linkedAt: '2025-02-01T00:00:00.000Z',
        }))
          link.set(k, v);
      }
    });
    await t.prisma.collabUpdate.create({
      data: { comparisonId: f.comparisonId, update: Buffer.from(Y.encodeStateAsUpdate(v1)), origin: 'user' },
    });
    const migrations = () => t.prisma.collabUpdate.count({ where: { comparisonId: f.comparisonId, origin: 'migration' } });

    const client = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    await waitFor(() => getSchemaVersion(client.doc) === SCHEMA_VERSION, 'the upgraded doc');
    const links = readComparisonDoc(client.doc).claims[0]!.links;
    expect(links).toHaveLength(f.segments.length);
    expect(links[0]).toMatchObject({ relation: 'PARAPHRASE', origin: 'AUTO', confidence: 0.8, linkedAt: '2025-02-01T00:00:00.000Z' });
    expect([...client.doc.getMap('links').values()].some((v) => v instanceof Y.Map)).toBe(false);
    expect(await migrations()).toBe(1);
    client.destroy();

    // Loaded again (from the log, after unloading): already current, so nothing is migrated twice.
    const registry = t.app.get(RoomRegistry);
    await waitFor(async () => !(await registry.loadedRooms()).some((r) => r.comparisonId === f.comparisonId), 'the room to unload');
    const again = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    clients.push(again);
    expect(readComparisonDoc(again.doc).claims[0]!.links).toEqual(links);
    expect(await migrations()).toBe(1);
  });

  it('answers a first sync of a compacted doc with the stored snapshot itself, and with the new state after a change', async () => {
    const f = await createComparisonFixture(t);
    const writer = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    for (let i = 0; i < 5; i++) createClaim(writer.doc, { label: `claim ${i}` }, ORIGIN.user(f.owner.userId));
    await waitFor(async () => (await storedDoc(t, f.comparisonId)).getMap('claims').size === 5, 'the claims to be stored');
    writer.destroy();
    const registry = t.app.get(RoomRegistry);
    await waitFor(async () => !(await registry.loadedRooms()).some((r) => r.comparisonId === f.comparisonId), 'the room to unload');
    const snapshot = await waitFor(() => t.prisma.collabSnapshot.findUnique({ where: { comparisonId: f.comparisonId } }), 'the compaction');

    // A raw first sync: step 1 with an empty state vector; the step 2 answer carries the whole doc.
    const firstSync = async () => {
      const ws = rawSocket(t.url, f.comparisonId, `token=${f.owner.token}`);
      const answer = new Promise<Uint8Array>((resolve) =>
        ws.on('message', (data: Buffer) => {
          const d = decoding.createDecoder(new Uint8Array(data));
          if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1) resolve(decoding.readVarUint8Array(d));
        }),
      );
      await opened(ws);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      ws.send(encoding.toUint8Array(e));
      const update = await answer;
      ws.close();
      return update;
    };
    const first = await firstSync();
    expect(Buffer.from(first).equals(Buffer.from(snapshot!.state))).toBe(true);
    const room = (await registry.loadedRooms()).find((r) => r.comparisonId === f.comparisonId)!;
    // Served from the stored bytes: the loaded doc was never re-encoded.
    expect(room.wholeDocEncodes).toBe(0);

    // After a change the answer is the doc as it is now, not the stale snapshot.
    const editor = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    clients.push(editor);
    createClaim(editor.doc, { label: 'after the snapshot' }, ORIGIN.user(f.owner.userId));
    await waitFor(async () => (await storedDoc(t, f.comparisonId)).getMap('claims').size === 6, 'the new claim to be stored');
    const second = new Y.Doc();
    Y.applyUpdate(second, await firstSync());
    expect(readComparisonDoc(second).claims.map((c) => c.label)).toContain('after the snapshot');
    expect(json(second)).toBe(json(editor.doc));
    expect(room.wholeDocEncodes).toBe(1);
  });
});
