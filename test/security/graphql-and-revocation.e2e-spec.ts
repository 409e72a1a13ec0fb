// GraphQL and revocation attacks against the built product: the nested-list bomb, cross-site graphql-ws,
// other people's import progress, anonymous introspection in production, and credentials or memberships
// revoked while their sockets are open.
import { COLLAB_CLOSE, createClaim, ORIGIN } from '@parallax/doc';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { rawSocket, rssMb, stockClient } from './support/collab.js';
import {
  gqlOk,
  gqlRaw,
  joinWorkspace,
  signUp,
  startSecurityProduct,
  underWatch,
  waitFor,
  workspaceWithComparison,
  type Product,
  type TestUser,
} from './support/fixtures.js';

let stop: () => Promise<void>;
let product: Product;
let owner: TestUser;
let member: TestUser;
let ws: Awaited<ReturnType<typeof workspaceWithComparison>>;

beforeAll(async () => {
  ({ product, stop } = await startSecurityProduct({ NODE_ENV: 'production' }));
  owner = await signUp(product, 'Olive Owner');
  member = await signUp(product, 'Mo Member');
  ws = await workspaceWithComparison(product, owner);
  await joinWorkspace(product, owner, member, ws.workspaceId, 'EDITOR');
}, 120_000);
afterAll(() => stop());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (r: Awaited<ReturnType<typeof gqlRaw>>) => r.body.errors?.[0]?.extensions?.code;

/** A graphql-ws client; `closes` records the close codes it saw. */
function subscriptionClient(token: string | null, headers: Record<string, string> = {}) {
  const closes: number[] = [];
  class HeaderSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client: Client = createClient({
    url: product.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: HeaderSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (e) => closes.push((e as { code: number }).code) },
  });
  return { client, closes };
}

/** Subscribes and collects what arrives (and the error, if the subscription is refused). */
function follow(client: Client, query: string, variables: Record<string, unknown>) {
  const events: unknown[] = [];
  const errors: unknown[] = [];
  let completed = false;
  const dispose = client.subscribe(
    { query, variables },
    { next: (v) => events.push(v), error: (e) => errors.push(e), complete: () => (completed = true) },
  );
  return { events, errors, dispose, completed: () => completed };
}

describe('GraphQL cost', () => {
  it('refuses the 20-alias nested list query before it runs, and the server keeps answering', async () => {
    const nested = `comparison(id: "${ws.comparisonId}") { articles { segments { article { segments { id text article { id } } } } } }`;
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${nested}`).join(' ')} }`;
    expect(query.length).toBeLessThan(4_000);
    const before = await rssMb(product.process.pid!);
    await underWatch(product, '20-alias nested query', async () => {
      for (let i = 0; i < 5; i++) {
        const r = await gqlRaw(product, query, {}, bearer(owner.token));
        expect(codeOf(r)).toBe('QUERY_TOO_EXPENSIVE');
        expect(r.body.data ?? null).toBeNull();
      }
      const one = await gqlRaw(product, `{ ${nested} }`, {}, bearer(owner.token));
      expect(codeOf(one)).toBe('QUERY_TOO_EXPENSIVE');
    });
    expect((await rssMb(product.process.pid!)) - before).toBeLessThan(50);
    // The web app's own largest query still passes.
    const web = await gqlRaw(
      product,
      `query($id: ID!) { comparison(id: $id) { id articles { id headline outlet { id name } segmentColumns { ids texts } } } }`,
      { id: ws.comparisonId },
      bearer(owner.token),
    );
    expect(web.body.data.comparison.articles).toHaveLength(2);
  });
});

describe('introspection in production', () => {
  it('is refused to anonymous callers, with no "Did you mean" hints, and allowed when signed in', async () => {
    expect(codeOf(await gqlRaw(product, `{ __schema { types { name } } }`))).toBe('FORBIDDEN');
    expect(codeOf(await gqlRaw(product, `{ __type(name: "User") { fields { name } } }`))).toBe('FORBIDDEN');
    const typo = await gqlRaw(product, `{ workspacez { id } }`);
    expect(JSON.stringify(typo.body.errors)).not.toMatch(/Did you mean/i);
    expect((await gqlRaw(product, `{ __schema { queryType { name } } }`, {}, bearer(owner.token))).body.data.__schema.queryType.name).toBe(
      'Query',
    );
  });
});

describe('graphql-ws', () => {
  it('refuses a cookie-authenticated subscription socket opened by a page on another origin', async () => {
    const { client, closes } = subscriptionClient(null, { cookie: `parallax_session=${owner.token}`, origin: 'http://127.0.0.1:1' });
    const sub = follow(client, `subscription($id: ID!) { comparisonChanged(id: $id) { comparisonId } }`, { id: ws.comparisonId });
    await waitFor(() => closes.length > 0 || sub.errors.length > 0, 'the socket to be refused');
    expect(closes).toContain(4403);
    expect(sub.events).toEqual([]);
    await client.dispose();
  });

  it('sends subscription errors through the same formatter as HTTP: same code and message, no internals', async () => {
    type Sent = { message: string; extensions?: Record<string, unknown> };
    // A resolver's error arrives as a `next` payload with errors; a refused document as an `error`.
    const sentErrors = (sub: ReturnType<typeof follow>): Sent[] | undefined =>
      (sub.events[0] as { errors?: Sent[] } | undefined)?.errors ?? (sub.errors[0] as Sent[] | undefined);
    const stranger = await signUp(product, 'Sid Stranger');
    const { client } = subscriptionClient(stranger.token);
    // A non-member: the HTTP query and the subscription must both say FORBIDDEN, in the same words.
    const http = await gqlRaw(product, `query($id: ID!) { comparison(id: $id) { id } }`, { id: ws.comparisonId }, bearer(stranger.token));
    const refused = follow(client, `subscription($id: ID!) { comparisonChanged(id: $id) { comparisonId } }`, { id: ws.comparisonId });
    await waitFor(() => sentErrors(refused) !== undefined, 'the subscription to be refused');
    const [sent] = sentErrors(refused)!;
    expect(sent.extensions?.code).toBe('FORBIDDEN');
    expect(sent.extensions?.code).toBe(codeOf(http));
    const [httpError] = http.body.errors ?? [];
    expect(sent.message).toBe(httpError?.message);
    expect(Object.keys(sent.extensions ?? {}).sort()).toEqual(Object.keys(httpError?.extensions ?? {}).sort());
    // An argument that fails input validation: the same code as over HTTP.
    const badHttp = await gqlRaw(product, `query { threads(workspaceId: "x") { id } }`, {}, bearer(stranger.token));
    const bad = follow(client, `subscription { threadsChanged(workspaceId: "x") { workspaceId } }`, {});
    await waitFor(() => sentErrors(bad) !== undefined, 'the bad input to be refused');
    expect(sentErrors(bad)![0].extensions?.code).toBe(codeOf(badHttp));
    // A document the schema refuses: Apollo's validation code, not an uncoded error.
    const invalid = follow(client, `subscription { noSuchField }`, {});
    await waitFor(() => sentErrors(invalid) !== undefined, 'the invalid document to be refused');
    expect(sentErrors(invalid)![0].extensions?.code).toBe(codeOf(await gqlRaw(product, `{ noSuchField }`, {}, bearer(stranger.token))));
    expect(JSON.stringify([refused, bad, invalid].map(sentErrors))).not.toMatch(/stacktrace|exception|originalError|\.js:\d+/);
    await client.dispose();
  });

  it("does not stream another workspace's import progress", async () => {
    const stranger = await signUp(product, 'Stan Stranger');
    const spy = subscriptionClient(stranger.token);
    const mine = subscriptionClient(owner.token);
    const batchId = `batch-${Date.now()}`;
    const q = `subscription($b: String!) { importProgress(batchId: $b) { batchId done total } }`;
    const spied = follow(spy.client, q, { b: batchId });
    const own = follow(mine.client, q, { b: batchId });
    await new Promise((r) => setTimeout(r, 300));
    await gqlOk(
      product,
      `mutation($i: [ImportArticleInput!]!, $b: String) { importArticles(inputs: $i, batchId: $b) { imported } }`,
      {
        i: [
          {
            workspaceId: ws.workspaceId,
            text: 'Officials confirmed the budget on Monday. The vote is next week.',
            outletName: 'Progress Outlet',
          },
        ],
        b: batchId,
      },
      owner.token,
    );
    await waitFor(() => own.events.length > 0, 'the owner to see the progress');
    await new Promise((r) => setTimeout(r, 300));
    expect(spied.events).toEqual([]);
    await Promise.all([spy.client.dispose(), mine.client.dispose()]);
  });
});

describe('revocation reaches open connections within a second', () => {
  it('revokeApiToken closes the collab socket opened with the token', async () => {
    const t = (await gqlOk(product, `mutation { createApiToken(name: "bot", canWrite: true) { token apiToken { id } } }`, {}, owner.token))
      .createApiToken;
    const socket = rawSocket(product.url, ws.comparisonId, { token: t.token });
    await socket.opened;
    const started = Date.now();
    await gqlOk(product, `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: t.apiToken.id }, owner.token);
    expect(await socket.closed).toBe(COLLAB_CLOSE.UNAUTHENTICATED);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('signOut closes the collab socket and the subscriptions of that session', async () => {
    const session = (
      await gqlOk(product, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, {
        e: member.email,
        p: 'quiet-lantern-orbit-47-meadow',
      })
    ).signIn.token;
    const editor = stockClient(product.url, ws.comparisonId, session);
    await editor.synced();
    const { client, closes } = subscriptionClient(session);
    const sub = follow(client, `subscription($id: ID!) { comparisonChanged(id: $id) { comparisonId } }`, { id: ws.comparisonId });
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await gqlOk(product, `mutation { signOut }`, {}, session);
    await waitFor(() => editor.closes.includes(COLLAB_CLOSE.UNAUTHENTICATED) && closes.includes(4401), 'both sockets to close', 2_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    // An edit after sign-out goes nowhere: the client stopped (final close code) and nothing is stored.
    createClaim(editor.doc, { label: 'after sign-out' }, ORIGIN.user(member.id));
    await new Promise((r) => setTimeout(r, 300));
    const claims = await gqlOk(
      product,
      `query($id: ID!) { comparison(id: $id) { claims { label } } }`,
      { id: ws.comparisonId },
      owner.token,
    );
    expect(claims.comparison.claims.map((c: { label: string }) => c.label)).not.toContain('after sign-out');
    editor.destroy();
    sub.dispose();
    await client.dispose();
  });

  it('removing a member closes their collab socket and their subscriptions', async () => {
    const editor = stockClient(product.url, ws.comparisonId, member.token);
    await editor.synced();
    const { client, closes } = subscriptionClient(member.token);
    const sub = follow(client, `subscription($id: ID!) { comparisonChanged(id: $id) { comparisonId } }`, { id: ws.comparisonId });
    await new Promise((r) => setTimeout(r, 300));
    const members = await gqlOk(
      product,
      `query($w: ID!) { workspace(id: $w) { members { id user { id } } } }`,
      { w: ws.workspaceId },
      owner.token,
    );
    const memberId = members.workspace.members.find((m: { user: { id: string } }) => m.user.id === member.id).id;
    const started = Date.now();
    await gqlOk(product, `mutation($m: ID!) { removeMember(memberId: $m) { id } }`, { m: memberId }, owner.token);
    await waitFor(() => editor.closes.includes(COLLAB_CLOSE.ACCESS_REVOKED) && closes.length > 0, 'both sockets to close', 2_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    editor.destroy();
    sub.dispose();
    await client.dispose();
  });
});

describe('last owner', () => {
  it('two owners removing or demoting each other at the same time never leave a workspace without an owner', async () => {
    const a = await signUp(product, 'Ann Owner');
    const b = await signUp(product, 'Bob Owner');
    const outcomes: { owners: number; members: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const w = (await gqlOk(product, `mutation { createWorkspace(name: "race ${i}") { id } }`, {}, a.token)).createWorkspace.id;
      await joinWorkspace(product, a, b, w, 'OWNER');
      const members = (await gqlOk(product, `query($w: ID!) { workspace(id: $w) { members { id user { id } } } }`, { w }, a.token))
        .workspace.members;
      const idOf = (u: TestUser) => members.find((m: { user: { id: string } }) => m.user.id === u.id).id;
      const demote = `mutation($m: ID!) { updateMemberRole(memberId: $m, role: VIEWER) { id } }`;
      const remove = `mutation($m: ID!) { removeMember(memberId: $m) { id } }`;
      // Half the rounds remove each other, half demote each other; both requests are in flight together.
      const q = i % 2 === 0 ? remove : demote;
      await Promise.all([gqlRaw(product, q, { m: idOf(b) }, bearer(a.token)), gqlRaw(product, q, { m: idOf(a) }, bearer(b.token))]);
      const left = await gqlRaw(product, `query($w: ID!) { workspace(id: $w) { members { role } } }`, { w }, bearer(a.token));
      const viaB = await gqlRaw(product, `query($w: ID!) { workspace(id: $w) { members { role } } }`, { w }, bearer(b.token));
      const list: { role: string }[] = left.body.data?.workspace.members ?? viaB.body.data?.workspace.members ?? [];
      outcomes.push({ owners: list.filter((m) => m.role === 'OWNER').length, members: list.length });
    }
    expect(outcomes.every((o) => o.owners >= 1 && o.members >= 1)).toBe(true);
  });
});
