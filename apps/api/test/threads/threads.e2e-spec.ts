import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { waitFor } from '../collab/support/collab-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createThreadsFixture, type ThreadsFixture } from './two-events.fixture.js';

const THREAD = `query($id: ID!) { thread(id: $id) { id name status version
  claims { comparisonId claimId comparison { title } claim { label } }
  events { comparisonId label referenceSentence }
  timeline { event { comparisonId label } outlet status sentence change { against previousSentence flags ops { type baseText otherText } } }
  outletSummaries { outlet summary } } }`;
const LIST = `query($ws: ID!) { threads(workspaceId: $ws) { id name status version } }`;

let t: TestApp;
let f: ThreadsFixture;
let suggested: { id: string; name: string; version: number }[];
beforeAll(async () => {
  t = await startTestApp({ COLLAB_PROJECTION_DEBOUNCE_MS: '50', COLLAB_PROJECTION_MAX_WAIT_MS: '200' });
  f = await createThreadsFixture(t);
  const res = await t.gql(
    `mutation($input: SuggestThreadsInput!) { suggestThreads(input: $input) { id name version } }`,
    { input: { workspaceId: f.workspaceId } },
    f.editor.token,
  );
  suggested = res.data?.suggestThreads ?? [];
}, 60_000);
afterAll(() => t.close());

const threadOf = async (id: string, token = f.viewer.token) => (await t.gql(THREAD, { id }, token)).data?.thread;
/** The thread whose reference wording mentions `word`, once the projection has the claims' sentences. */
async function threadAbout(word: RegExp) {
  for (const s of suggested) {
    const thread = await waitFor(async () => {
      const th = await threadOf(s.id);
      return th?.events.length === 2 ? th : null;
    }, 'the projection of both events');
    if (thread.events.some((e: any) => word.test(e.referenceSentence ?? ''))) return thread;
  }
  throw new Error(`no thread about ${word}`);
}

describe('suggestThreads on two invented events', () => {
  it('threads the restated commitments with both events and vetoes the look-alike meeting sentence', async () => {
    expect(suggested.length).toBeGreaterThanOrEqual(3);
    for (const word of [/Arctic Council/, /bilateral trade/, /illegal fishing/]) {
      const thread = await threadAbout(word);
      expect(thread.status).toBe('SUGGESTED');
      expect(thread.events.map((e: any) => e.label)).toEqual(['Mar 2024', 'May 2025']);
    }
    for (const s of suggested) {
      const thread = await threadOf(s.id);
      expect(thread.events.some((e: any) => /Ministers met in/.test(e.referenceSentence ?? ''))).toBe(false);
    }
  });

  it('shows each outlet’s wording with the diff and flags against the previous event, and a summary line', async () => {
    const arctic = await threadAbout(/Arctic Council/);
    const nordic = arctic.timeline.find((e: any) => e.outlet === 'Nordic Wire' && e.event.label === 'May 2025');
    expect(nordic.change.against).toBe('OUTLET');
    expect(nordic.change.flags).toContain('HEDGE_ADDED');
    expect(nordic.change.ops.some((o: any) => o.type !== 'equal' && /may/.test(o.otherText))).toBe(true);
    const summaries = Object.fromEntries(arctic.outletSummaries.map((s: any) => [s.outlet, s.summary]));
    expect(summaries['Nordic Wire']).toBe('reported in both, softened');
    expect(summaries['Harbour Times']).toBe('dropped in May 2025');
    const trade = await threadAbout(/bilateral trade/);
    expect(trade.timeline.find((e: any) => e.outlet === 'Andes Daily' && e.event.label === 'May 2025').change.flags).toEqual([
      'NUMBER_CHANGED',
    ]);
  });

  it('proposes nothing twice, even when two editors ask at the same time', async () => {
    const ask = (token: string) =>
      t.gql(
        `mutation($input: SuggestThreadsInput!) { suggestThreads(input: $input) { id } }`,
        { input: { workspaceId: f.workspaceId } },
        token,
      );
    const [a, b] = await Promise.all([ask(f.editor.token), ask(f.owner.token)]);
    expect([...a.data!.suggestThreads, ...b.data!.suggestThreads]).toEqual([]);
    const list = (await t.gql(LIST, { ws: f.workspaceId }, f.viewer.token)).data!.threads;
    expect(list.map((x: any) => x.id).sort()).toEqual(suggested.map((x) => x.id).sort());
  });
});

describe('editing threads', () => {
  it('refuses a stale rename instead of losing the other editor’s, and applies a retried operation once', async () => {
    const target = suggested[0]!;
    const { version } = (await t.gql(LIST, { ws: f.workspaceId }, f.viewer.token)).data!.threads.find((x: any) => x.id === target.id);
    const rename = (name: string, token: string) =>
      t.gql(
        `mutation($input: RenameThreadInput!) { renameThread(input: $input) { name version } }`,
        { input: { threadId: target.id, name, expectedVersion: version } },
        token,
      );
    const [a, b] = await Promise.all([rename('Arctic bid', f.editor.token), rename('Observer status', f.owner.token)]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const operationId = randomUUID();
    const accept = () =>
      t.gql(
        `mutation($input: ThreadDecisionInput!) { acceptThread(input: $input) { status version } }`,
        { input: { threadId: target.id, operationId } },
        f.editor.token,
      );
    const first = await accept();
    const again = await accept();
    expect(first.data!.acceptThread).toEqual(again.data!.acceptThread);
    expect(await t.prisma.threadChange.count({ where: { operationId } })).toBe(1);
    expect(await t.prisma.threadChange.count({ where: { threadId: target.id } })).toBeGreaterThanOrEqual(2);
  });

  it('splits a thread and merges it back', async () => {
    const thread = await threadOf(suggested[1]!.id);
    const moved = thread.claims[1].claimId;
    const split = await t.gql(
      `mutation($input: SplitThreadInput!) { splitThread(input: $input) { source { id } created { id status claims { claimId } } } }`,
      { input: { threadId: thread.id, claimIds: [moved], name: 'Split off' } },
      f.editor.token,
    );
    expect(split.data!.splitThread.created.claims).toEqual([{ claimId: moved }]);
    const merged = await t.gql(
      `mutation($input: MergeThreadsInput!) { mergeThreads(input: $input) { id status claims { claimId } } }`,
      { input: { targetId: thread.id, sourceIds: [split.data!.splitThread.created.id] } },
      f.editor.token,
    );
    expect(merged.data!.mergeThreads.claims.map((c: any) => c.claimId).sort()).toEqual(thread.claims.map((c: any) => c.claimId).sort());
    expect(merged.data!.mergeThreads.status).toBe('ACCEPTED');
  });

  it('adds a claim of another event by hand and removes it again, both in the history with who did it', async () => {
    // A claim of the second event that no thread follows (a sentence only one outlet has).
    const { claims, threadLinks } = (
      await t.gql(
        `query($id: ID!) { comparison(id: $id) { claims { id label } threadLinks { claimId } } }`,
        { id: f.comparisonIds.ministerial },
        f.viewer.token,
      )
    ).data!.comparison;
    const copper = claims.find((c: any) => !threadLinks.some((l: any) => l.claimId === c.id));
    expect(copper).toBeDefined();
    const target = suggested[2]!.id;
    const ADD = `mutation($i: AddClaimToThreadInput!) { addClaimToThread(input: $i) { id version claims { claimId } } }`;
    const REMOVE = `mutation($i: RemoveClaimFromThreadInput!) { removeClaimFromThread(input: $i) { id version claims { claimId } } }`;
    const before = await threadOf(target);
    const added = await t.gql(
      ADD,
      { i: { threadId: target, comparisonId: f.comparisonIds.ministerial, claimId: copper.id } },
      f.editor.token,
    );
    expect(added.data!.addClaimToThread.claims.map((c: any) => c.claimId)).toContain(copper.id);
    expect(added.data!.addClaimToThread.version).toBe(before.version + 1);
    // A claim already in another live thread, a claim id under the wrong comparison, and a stale version are refused.
    const taken = (await threadOf(suggested[0]!.id)).claims[0];
    const codeOf = async (query: string, i: Record<string, unknown>) =>
      (await t.gql(query, { i }, f.editor.token)).errors?.[0]?.extensions?.code;
    expect(await codeOf(ADD, { threadId: target, comparisonId: taken.comparisonId, claimId: taken.claimId })).toBe('CONFLICT');
    expect(await codeOf(ADD, { threadId: target, comparisonId: f.comparisonIds.summit, claimId: copper.id })).toBe('NOT_FOUND');
    expect(await codeOf(REMOVE, { threadId: target, claimId: copper.id, expectedVersion: before.version })).toBe('CONFLICT');
    const removed = await t.gql(REMOVE, { i: { threadId: target, claimId: copper.id } }, f.editor.token);
    expect(removed.data!.removeClaimFromThread.claims.map((c: any) => c.claimId).sort()).toEqual(
      before.claims.map((c: any) => c.claimId).sort(),
    );
    expect(await codeOf(REMOVE, { threadId: target, claimId: copper.id })).toBe('BAD_USER_INPUT');
    const history = (
      await t.gql(
        `query($id: ID!) { thread(id: $id) { history { kind actorId actorName summary threadIds } } }`,
        { id: target },
        f.viewer.token,
      )
    ).data!.thread.history;
    expect(history[0].kind).toBe('SUGGEST');
    const hand = history.filter((h: any) => h.kind === 'ADD_CLAIM' || h.kind === 'REMOVE_CLAIM');
    expect(hand.map((h: any) => [h.kind, h.actorId, h.summary])).toEqual([
      ['ADD_CLAIM', f.editor.userId, `added “${copper.label}” by hand`],
      ['REMOVE_CLAIM', f.editor.userId, `removed “${copper.label}”`],
    ]);
    expect(hand[0].actorName).toMatch(/^Test /);
  });

  it('tells subscribers live, and shows a comparison’s claims as "also in another event"', async () => {
    const ws = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${f.viewer.token}` },
    });
    const seen: any[] = [];
    ws.subscribe(
      {
        query: `subscription($ws: ID!) { threadsChanged(workspaceId: $ws) { workspaceId threadIds kind } }`,
        variables: { ws: f.workspaceId },
      },
      { next: (m) => seen.push(m.data?.threadsChanged), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 300));
    await t.gql(
      `mutation($input: RenameThreadInput!) { renameThread(input: $input) { id } }`,
      { input: { threadId: suggested[2]!.id, name: 'Fishing' } },
      f.editor.token,
    );
    await waitFor(() => seen.length > 0, 'a threadsChanged event');
    expect(seen[0]).toEqual({ workspaceId: f.workspaceId, threadIds: [suggested[2]!.id], kind: 'RENAME' });
    await ws.dispose();
    const links = (
      await t.gql(
        `query($id: ID!) { comparison(id: $id) { threadLinks { claimId otherEvents thread { id } } } }`,
        { id: f.comparisonIds.summit },
        f.viewer.token,
      )
    ).data!.comparison.threadLinks;
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.every((l: any) => l.otherEvents === 1)).toBe(true);
  });

  it('carries threads in the JSON export and its re-import, and exports a timeline CSV', async () => {
    const get = (path: string, token?: string) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const json = await (await get(`/api/comparisons/${f.comparisonIds.ministerial}/export.json`, f.viewer.token)).json();
    expect(json.threads.length).toBeGreaterThanOrEqual(3);
    const res = await t.gql(
      `mutation($ws: ID!, $json: String!) { importComparison(workspaceId: $ws, json: $json) { comparison { id } } }`,
      { ws: f.workspaceId, json: JSON.stringify(json) },
      f.editor.token,
    );
    const copy = res.data!.importComparison.comparison.id;
    expect(await t.prisma.threadClaim.count({ where: { comparisonId: copy } })).toBe(json.threads.length);
    const csv = await get(`/api/threads/${suggested[0]!.id}/timeline.csv`, f.viewer.token);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'event_date,event,outlet,status,sentence,previous_sentence,compared_with,flags,outlet_summary',
    );
    expect((await get(`/api/threads/${suggested[0]!.id}/timeline.csv`, f.outsider.token)).status).toBe(403);
    expect((await get(`/api/threads/${suggested[0]!.id}/timeline.csv`)).status).toBe(401);
  });
});

describe('roles', () => {
  const ops = () => {
    const id = suggested[0]!.id;
    const other = suggested[1]!.id;
    return {
      threads: [LIST, { ws: f.workspaceId }],
      thread: [`query($id: ID!) { thread(id: $id) { id } }`, { id }],
      suggestThreads: [`mutation($i: SuggestThreadsInput!) { suggestThreads(input: $i) { id } }`, { i: { workspaceId: f.workspaceId } }],
      acceptThread: [`mutation($i: ThreadDecisionInput!) { acceptThread(input: $i) { id } }`, { i: { threadId: id } }],
      rejectThread: [`mutation($i: ThreadDecisionInput!) { rejectThread(input: $i) { id } }`, { i: { threadId: id } }],
      renameThread: [`mutation($i: RenameThreadInput!) { renameThread(input: $i) { id } }`, { i: { threadId: id, name: 'x' } }],
      mergeThreads: [`mutation($i: MergeThreadsInput!) { mergeThreads(input: $i) { id } }`, { i: { targetId: id, sourceIds: [other] } }],
      splitThread: [
        `mutation($i: SplitThreadInput!) { splitThread(input: $i) { source { id } } }`,
        { i: { threadId: id, claimIds: ['c'] } },
      ],
      addClaimToThread: [
        `mutation($i: AddClaimToThreadInput!) { addClaimToThread(input: $i) { id } }`,
        { i: { threadId: id, comparisonId: f.comparisonIds.ministerial, claimId: 'c' } },
      ],
      removeClaimFromThread: [
        `mutation($i: RemoveClaimFromThreadInput!) { removeClaimFromThread(input: $i) { id } }`,
        { i: { threadId: id, claimId: 'c' } },
      ],
      threadHistory: [`query($id: ID!) { thread(id: $id) { history { kind summary } } }`, { id }],
    } as Record<string, [string, Record<string, unknown>]>;
  };
  const WRITES = [
    'suggestThreads',
    'acceptThread',
    'rejectThread',
    'renameThread',
    'mergeThreads',
    'splitThread',
    'addClaimToThread',
    'removeClaimFromThread',
  ];

  it('refuses non-members on every thread query and mutation', async () => {
    for (const [name, [query, vars]] of Object.entries(ops())) {
      const res = await t.gql(query, vars, f.outsider.token);
      expect([name, res.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
  });

  it('lets viewers read but not write', async () => {
    for (const [name, [query, vars]] of Object.entries(ops())) {
      const res = await t.gql(query, vars, f.viewer.token);
      expect([name, res.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([name, WRITES.includes(name) ? 'FORBIDDEN' : 'OK']);
    }
  });

  it('refuses the subscription to non-members and accepts viewers', async () => {
    const subscribe = (token: string) =>
      new Promise<string>((resolve) => {
        const ws = createClient({
          url: `${t.url.replace('http', 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
        });
        ws.subscribe(
          { query: `subscription($ws: ID!) { threadsChanged(workspaceId: $ws) { kind } }`, variables: { ws: f.workspaceId } },
          {
            // A refused subscription arrives as a result with errors (or an error, depending on where it fails).
            next: (m: any) =>
              m.errors &&
              void Promise.resolve(ws.dispose()).then(() => resolve(m.errors[0]?.extensions?.code ?? m.errors[0]?.message ?? 'ERROR')),
            error: (e: any) => void Promise.resolve(ws.dispose()).then(() => resolve(e?.[0]?.extensions?.code ?? 'ERROR')),
            complete: () => undefined,
          },
        );
        setTimeout(() => void Promise.resolve(ws.dispose()).then(() => resolve('OPEN')), 700);
      });
    // Over graphql-ws the error reaches the client without extensions.code (the HTTP formatter is not applied there).
    expect(await subscribe(f.outsider.token)).toMatch(/FORBIDDEN|not a member/);
    expect(await subscribe(f.viewer.token)).toBe('OPEN');
  });
});
