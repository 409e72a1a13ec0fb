import { COLLAB_CLOSE, createClaim, ORIGIN, readComparisonDoc } from '@parallax/doc';
import WebSocket from 'ws';
import { ComparisonDocService } from '../../src/collab/comparison-doc.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { closeCodeOf, connectClient, opened, rawSocket, syncedClient, type CollabClient } from './support/collab-clients.js';
import { addMember, createComparisonFixture, quickUser, waitFor, type ComparisonFixture } from './support/collab-fixtures.js';

let t: TestApp;
let f: ComparisonFixture;
const clients: CollabClient[] = [];
beforeAll(async () => {
  t = await startTestApp({ COLLAB_UNLOAD_GRACE_MS: '100' });
  f = await createComparisonFixture(t);
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await t.close();
});

const labels = (c: CollabClient) => readComparisonDoc(c.doc).claims.map((x) => x.label);

describe('collab socket authentication', () => {
  it('refuses a socket without credentials, with an unknown or a revoked token', async () => {
    expect(await closeCodeOf(rawSocket(t.url, f.comparisonId))).toBe(COLLAB_CLOSE.UNAUTHENTICATED);
    expect(await closeCodeOf(rawSocket(t.url, f.comparisonId, 'token=plxs_not-a-real-token'))).toBe(COLLAB_CLOSE.UNAUTHENTICATED);
    const created = await t.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      `mutation { createApiToken(name: "script") { token apiToken { id } } }`,
      {},
      f.owner.token,
    );
    const { token, apiToken } = created.data!.createApiToken;
    const ok = rawSocket(t.url, f.comparisonId, `token=${token}`);
    await opened(ok);
    ok.close();
    await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: apiToken.id }, f.owner.token);
    expect(await closeCodeOf(rawSocket(t.url, f.comparisonId, `token=${token}`))).toBe(COLLAB_CLOSE.UNAUTHENTICATED);
  });

  it('refuses a non-member, and an unknown or malformed comparison id', async () => {
    const stranger = await quickUser(t, 'stranger');
    expect(await closeCodeOf(rawSocket(t.url, f.comparisonId, `token=${stranger.token}`))).toBe(COLLAB_CLOSE.FORBIDDEN);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await closeCodeOf(rawSocket(t.url, unknown, `token=${f.owner.token}`))).toBe(COLLAB_CLOSE.NOT_FOUND);
    expect(await closeCodeOf(rawSocket(t.url, 'not-a-uuid', `token=${f.owner.token}`))).toBe(COLLAB_CLOSE.NOT_FOUND);
  });

  it('stops the stock client from retrying after a refusal', async () => {
    const stranger = await quickUser(t, 'stranger');
    const client = connectClient(t.url, f.comparisonId, { token: stranger.token });
    clients.push(client);
    const closed = await new Promise<{ code: number }>((resolve) => client.provider.on('closed', (e) => resolve(e)));
    expect(closed.code).toBe(COLLAB_CLOSE.FORBIDDEN);
    await new Promise((r) => setTimeout(r, 400));
    expect(client.closes).toEqual([COLLAB_CLOSE.FORBIDDEN]);
  });

  it('accepts the Authorization header and the session cookie', async () => {
    const variants: Record<string, string>[] = [
      { authorization: `Bearer ${f.owner.token}` },
      { cookie: `parallax_session=${encodeURIComponent(f.owner.token)}` },
    ];
    for (const headers of variants) {
      const ws = rawSocket(t.url, f.comparisonId, '', headers);
      const first = new Promise<Buffer>((resolve) => ws.once('message', (data) => resolve(data as Buffer)));
      await opened(ws);
      // The server speaks first with sync step 1: [0 = sync][0 = step 1][state vector].
      expect([...(await first).subarray(0, 2)]).toEqual([0, 0]);
      ws.close();
    }
  });

  it('destroys upgrades to paths that are neither /collab nor /graphql', async () => {
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/elsewhere`);
    const outcome = await new Promise<string>((resolve) => {
      ws.on('error', () => resolve('error'));
      ws.on('open', () => resolve('open'));
    });
    expect(outcome).toBe('error');
  });
});

describe('roles on the collab socket', () => {
  it('gives a VIEWER a read-only connection: its edits never reach the doc or other clients, but it still syncs and shares presence', async () => {
    const viewer = await addMember(t, f, 'VIEWER');
    const editorClient = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    const viewerClient = await syncedClient(t.url, f.comparisonId, { token: viewer.token });
    clients.push(editorClient, viewerClient);
    createClaim(viewerClient.doc, { label: 'viewer was here' }, ORIGIN.user(viewer.userId));
    createClaim(editorClient.doc, { label: 'editor was here' }, ORIGIN.user(f.owner.userId));
    await waitFor(() => labels(viewerClient).includes('editor was here'), 'the viewer to receive the editor’s claim');
    viewerClient.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    await waitFor(
      () => [...editorClient.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Viewer'),
      'the editor to see the viewer’s presence',
    );
    // Let anything the server might wrongly relay arrive before asserting it did not.
    await new Promise((r) => setTimeout(r, 300));
    expect(labels(editorClient)).not.toContain('viewer was here');
    const server = await t.app.get(ComparisonDocService).read(f.comparisonId);
    expect(server.claims.map((c) => c.label)).toContain('editor was here');
    expect(server.claims.map((c) => c.label)).not.toContain('viewer was here');
    expect(await t.prisma.collabUpdate.count({ where: { comparisonId: f.comparisonId, authorId: viewer.userId } })).toBe(0);
  });

  it('closes the sockets of a removed member with ACCESS_REVOKED, and of a demoted one with ROLE_CHANGED', async () => {
    const removed = await addMember(t, f, 'EDITOR');
    const demoted = await addMember(t, f, 'EDITOR');
    const a = await syncedClient(t.url, f.comparisonId, { token: removed.token });
    const b = await syncedClient(t.url, f.comparisonId, { token: demoted.token });
    clients.push(a, b);
    await t.gql(`mutation($id: ID!) { removeMember(memberId: $id) { id } }`, { id: removed.memberId }, f.owner.token);
    await waitFor(() => a.closes.includes(COLLAB_CLOSE.ACCESS_REVOKED), 'the removed member’s socket to close');
    await t.gql(`mutation($id: ID!) { updateMemberRole(memberId: $id, role: VIEWER) { id } }`, { id: demoted.memberId }, f.owner.token);
    await waitFor(() => b.closes.includes(COLLAB_CLOSE.ROLE_CHANGED), 'the demoted member’s socket to close');
    // ROLE_CHANGED is transient: the client reconnects, now read-only.
    await waitFor(() => b.provider.synced, 'the demoted member to reconnect');
    createClaim(b.doc, { label: 'after demotion' }, ORIGIN.user(demoted.userId));
    await new Promise((r) => setTimeout(r, 300));
    const server = await t.app.get(ComparisonDocService).read(f.comparisonId);
    expect(server.claims.map((c) => c.label)).not.toContain('after demotion');
    expect(a.closes).toEqual([COLLAB_CLOSE.ACCESS_REVOKED]);
  });
});
