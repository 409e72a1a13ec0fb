import { COLLAB_CLOSE, createClaim, ORIGIN, readComparisonDoc } from '@parallax/doc';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { ComparisonDocService } from '../../src/collab/comparison-doc.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { closeCodeOf, opened, rawSocket, syncedClient, type CollabClient } from './support/collab-clients.js';
import { createComparisonFixture, waitFor, type ComparisonFixture } from './support/collab-fixtures.js';
import { rng } from './support/doc-edits.js';

const MAX_MESSAGE = 64 * 1024;
const MAX_DOC = 256 * 1024;

let t: TestApp;
let f: ComparisonFixture;
let bystanders: CollabClient[] = [];
beforeAll(async () => {
  t = await startTestApp({
    COLLAB_MAX_MESSAGE_BYTES: String(MAX_MESSAGE),
    COLLAB_MAX_DOC_BYTES: String(MAX_DOC),
    COLLAB_RATE_MESSAGES_PER_SEC: '50',
    COLLAB_RATE_BURST: '100',
    COLLAB_UNLOAD_GRACE_MS: '50',
  });
  f = await createComparisonFixture(t);
  bystanders = [
    await syncedClient(t.url, f.comparisonId, { token: f.owner.token }),
    await syncedClient(t.url, f.comparisonId, { token: f.owner.token }),
  ];
  createClaim(bystanders[0]!.doc, { label: 'before the attacks' }, ORIGIN.user(f.owner.userId));
  await waitFor(() => labels(bystanders[1]!).includes('before the attacks'), 'the bystanders to sync');
});
afterAll(async () => {
  bystanders.forEach((c) => c.destroy());
  await t.close();
});

const labels = (c: CollabClient) => readComparisonDoc(c.doc).claims.map((x) => x.label);

function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

/** A valid update message that creates a claim with the given label (and note). */
function claimUpdate(label: string, note = ''): Uint8Array {
  const doc = new Y.Doc();
  createClaim(doc, { label, note }, ORIGIN.user(f.owner.userId));
  return updateMessage(Y.encodeStateAsUpdate(doc));
}

/** Opens an authenticated raw socket, sends the frames, and resolves with the close code. */
async function attack(frames: (Uint8Array | string)[]): Promise<number> {
  const ws = rawSocket(t.url, f.comparisonId, `token=${f.owner.token}`);
  const closed = closeCodeOf(ws);
  await opened(ws);
  for (const frame of frames) if (ws.readyState === ws.OPEN) ws.send(frame);
  return closed;
}

/** Checks that both bystanders are still connected and still sync a new edit between them. */
async function bystandersUnaffected(label: string): Promise<void> {
  expect(bystanders.map((c) => c.closes)).toEqual([[], []]);
  createClaim(bystanders[1]!.doc, { label }, ORIGIN.user(f.owner.userId));
  await waitFor(() => labels(bystanders[0]!).includes(label), `"${label}" to reach the other bystander`);
}

describe('hostile input on the collab socket', () => {
  it('closes a connection that sends truncated, random or unknown frames; others are unaffected', async () => {
    const valid = claimUpdate('never stored');
    expect(await attack([valid.subarray(0, Math.floor(valid.length / 2))])).toBe(COLLAB_CLOSE.BAD_MESSAGE);
    expect(await attack(['a text frame'])).toBe(COLLAB_CLOSE.BAD_MESSAGE);
    expect(await attack([new Uint8Array([42, 1, 2, 3])])).toBe(COLLAB_CLOSE.BAD_MESSAGE);
    const random = rng(7);
    for (let i = 0; i < 12; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 256));
      // Half of them look like sync updates, to reach the Yjs decoder rather than the type check.
      if (i % 2 === 0) bytes.set([0, 2, Math.min(127, bytes.length - 3)], 0);
      expect(await attack([bytes])).toBe(COLLAB_CLOSE.BAD_MESSAGE);
    }
    await bystandersUnaffected('after garbage');
    expect(labels(bystanders[0]!)).not.toContain('never stored');
  });

  it('closes a connection that sends an oversized message, and slows a flood down', async () => {
    const huge = claimUpdate('huge', 'x'.repeat(10)).length + MAX_MESSAGE;
    expect(await attack([new Uint8Array(huge)])).toBe(COLLAB_CLOSE.MESSAGE_TOO_LARGE);
    // A flood is slowed down (the server stops reading the socket), not closed: closing would lose a stock
    // client's unsent edits.
    const ping = new Uint8Array([3]); // query-awareness: valid and tiny
    const ws = rawSocket(t.url, f.comparisonId, `token=${f.owner.token}`);
    await opened(ws);
    for (let i = 0; i < 400; i++) ws.send(ping);
    await new Promise((r) => setTimeout(r, 500));
    expect(ws.readyState).toBe(ws.OPEN);
    ws.close();
    await bystandersUnaffected('after the flood');
  });

  it('refuses updates that would grow the doc past its limit', async () => {
    const frames = Array.from({ length: 20 }, (_, i) => claimUpdate(`bulky ${i}`, `${i}`.padEnd(18_000, 'x')));
    expect(frames[0]!.length).toBeLessThan(MAX_MESSAGE);
    expect(await attack(frames)).toBe(COLLAB_CLOSE.DOC_TOO_LARGE);
    await bystandersUnaffected('after the bulk');
  });

  it('keeps the stored doc intact: a reload from Postgres equals what the clients hold', async () => {
    const expected = JSON.stringify(readComparisonDoc(bystanders[0]!.doc));
    bystanders.forEach((c) => c.destroy());
    bystanders = [];
    // Let the room unload (grace 50 ms) so the next read loads snapshot + log from Postgres.
    await new Promise((r) => setTimeout(r, 300));
    const reloaded = await t.app.get(ComparisonDocService).read(f.comparisonId);
    expect(JSON.stringify(reloaded)).toBe(expected);
    expect(reloaded.claims.map((c) => c.label)).toEqual(expect.arrayContaining(['before the attacks', 'after garbage', 'after the bulk']));
  });

  it('closes with LOAD_FAILED instead of serving an empty doc when the stored state cannot be loaded', async () => {
    const g = await createComparisonFixture(t);
    await t.prisma.collabSnapshot.create({
      data: { comparisonId: g.comparisonId, state: Buffer.from([0xff, 0xff, 0xff, 0x7f, 1, 2, 3]), lastUpdateId: 0n },
    });
    const ws = rawSocket(t.url, g.comparisonId, `token=${g.owner.token}`);
    const received: Buffer[] = [];
    ws.on('message', (data) => received.push(data as Buffer));
    expect(await closeCodeOf(ws)).toBe(COLLAB_CLOSE.LOAD_FAILED);
    expect(received).toEqual([]);
    expect(await t.prisma.collabUpdate.count({ where: { comparisonId: g.comparisonId } })).toBe(0);
  });
});
