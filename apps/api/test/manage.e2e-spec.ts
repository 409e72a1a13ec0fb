import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addMember, createComparisonFixture, quickUser, waitFor } from './collab/support/collab-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code ?? null;

const RENAME_COMPARISON = `mutation($id: ID!, $title: String!) { renameComparison(input: { id: $id, title: $title }) { id title } }`;
const DELETE_COMPARISON = `mutation($id: ID!) { deleteComparison(input: { id: $id }) { id title workspaceId } }`;
const DELETE_ARTICLE = `mutation($id: ID!) { deleteArticle(input: { id: $id }) { id headline } }`;
const RENAME_WORKSPACE = `mutation($id: ID!, $name: String!) { renameWorkspace(input: { id: $id, name: $name }) { id name } }`;
const DELETE_WORKSPACE = `mutation($id: ID!, $name: String!) { deleteWorkspace(input: { id: $id, confirmName: $name }) { id name } }`;

describe('renaming and deleting comparisons and articles', () => {
  it('lets editors rename a comparison and refuses viewers and non-members', async () => {
    const f = await createComparisonFixture(t, 2, 2);
    const viewer = await addMember(t, f, 'VIEWER');
    const editor = await addMember(t, f, 'EDITOR');
    const stranger = await quickUser(t, 'stranger');
    expect(codeOf(await t.gql(RENAME_COMPARISON, { id: f.comparisonId, title: 'X' }, stranger.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RENAME_COMPARISON, { id: f.comparisonId, title: 'X' }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RENAME_COMPARISON, { id: f.comparisonId, title: '   ' }, editor.token))).toBe('BAD_USER_INPUT');
    const ok = await t.gql(RENAME_COMPARISON, { id: f.comparisonId, title: '  Summit statement  ' }, editor.token);
    expect(ok.data?.renameComparison).toEqual({ id: f.comparisonId, title: 'Summit statement' });
  });

  it('refuses to delete an article a comparison uses, with the count, and deletes it once the comparison is gone', async () => {
    const f = await createComparisonFixture(t, 2, 2);
    const viewer = await addMember(t, f, 'VIEWER');
    const stranger = await quickUser(t, 'stranger');
    const counted = await t.gql(`query($id: ID!) { article(id: $id) { comparisonCount } }`, { id: f.articleIds[0] }, f.owner.token);
    expect(counted.data?.article.comparisonCount).toBe(1);

    const refused = await t.gql(DELETE_ARTICLE, { id: f.articleIds[0] }, f.owner.token);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/used by 1 comparison \(“Joint statement”\)/);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ comparisonCount: 1 });

    expect(codeOf(await t.gql(DELETE_COMPARISON, { id: f.comparisonId }, stranger.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE_COMPARISON, { id: f.comparisonId }, viewer.token))).toBe('FORBIDDEN');
    const deleted = await t.gql(DELETE_COMPARISON, { id: f.comparisonId }, f.owner.token);
    expect(deleted.data?.deleteComparison).toEqual({ id: f.comparisonId, title: 'Joint statement', workspaceId: f.workspaceId });
    expect(await t.prisma.collabUpdate.count({ where: { comparisonId: f.comparisonId } })).toBe(0);
    expect(codeOf(await t.gql(DELETE_COMPARISON, { id: f.comparisonId }, f.owner.token))).toBe('NOT_FOUND');

    expect(codeOf(await t.gql(DELETE_ARTICLE, { id: f.articleIds[0] }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE_ARTICLE, { id: f.articleIds[0] }, stranger.token))).toBe('FORBIDDEN');
    const gone = await t.gql(DELETE_ARTICLE, { id: f.articleIds[0] }, f.owner.token);
    expect(gone.data?.deleteArticle).toEqual({ id: f.articleIds[0], headline: 'Article 0' });
    expect(await t.prisma.segment.count({ where: { articleId: f.articleIds[0] } })).toBe(0);
  });
});

describe('comparison changes reach the other members live', () => {
  const SUBSCRIPTION = `subscription($ws: ID!) { workspaceComparisonsChanged(workspaceId: $ws) { workspaceId comparisonId kind title actorId } }`;
  const open = (token: string, workspaceId: string) => {
    const events: Record<string, unknown>[] = [];
    const errors: string[] = [];
    const ws = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    ws.subscribe(
      { query: SUBSCRIPTION, variables: { ws: workspaceId } },
      {
        // A refused subscription arrives as a result with errors or as an error, depending on where it fails.
        next: (m) => (m.errors ? errors.push(m.errors[0]?.message ?? 'ERROR') : events.push(m.data!.workspaceComparisonsChanged as never)),
        error: (e: any) => errors.push(e?.[0]?.message ?? String(e)),
        complete: () => undefined,
      },
    );
    return { events, errors, close: () => ws.dispose() };
  };

  it('tells a viewer of the workspace about a create, a rename and a delete, and refuses non-members', async () => {
    const f = await createComparisonFixture(t, 2, 1);
    const viewer = await addMember(t, f, 'VIEWER');
    const stranger = await quickUser(t, 'stranger');
    const seen = open(viewer.token, f.workspaceId);
    const refused = open(stranger.token, f.workspaceId);
    await waitFor(() => refused.errors.length > 0, 'the non-member refused');
    expect(refused.errors[0]).toMatch(/FORBIDDEN|not a member/);
    await new Promise((r) => setTimeout(r, 300));

    const created = await t.gql<{ createComparison: { id: string } }>(
      `mutation($ws: ID!, $ids: [ID!]!) { createComparison(workspaceId: $ws, title: "Second", articleIds: $ids) { id } }`,
      { ws: f.workspaceId, ids: f.articleIds },
      f.owner.token,
    );
    const secondId = created.data!.createComparison.id;
    await t.gql(RENAME_COMPARISON, { id: f.comparisonId, title: 'Renamed live' }, f.owner.token);
    await t.gql(DELETE_COMPARISON, { id: secondId }, f.owner.token);
    // A refused write announces nothing.
    expect(codeOf(await t.gql(RENAME_COMPARISON, { id: f.comparisonId, title: 'Nope' }, viewer.token))).toBe('FORBIDDEN');
    await waitFor(() => seen.events.length >= 3, 'three comparison changes');
    await new Promise((r) => setTimeout(r, 200));
    const base = { workspaceId: f.workspaceId, actorId: f.owner.userId };
    expect(seen.events).toEqual([
      { ...base, comparisonId: secondId, kind: 'CREATED', title: 'Second' },
      { ...base, comparisonId: f.comparisonId, kind: 'RENAMED', title: 'Renamed live' },
      { ...base, comparisonId: secondId, kind: 'DELETED', title: 'Second' },
    ]);
    expect(refused.events).toEqual([]);
    expect(seen.errors).toEqual([]);
    await Promise.all([seen.close(), refused.close()]);
  });
});

describe('renaming and deleting workspaces', () => {
  it('is for owners only, and deleting needs the name typed exactly', async () => {
    const f = await createComparisonFixture(t, 2, 1);
    const editor = await addMember(t, f, 'EDITOR');
    const stranger = await quickUser(t, 'stranger');
    expect(codeOf(await t.gql(RENAME_WORKSPACE, { id: f.workspaceId, name: 'Desk' }, editor.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RENAME_WORKSPACE, { id: f.workspaceId, name: 'Desk' }, stranger.token))).toBe('FORBIDDEN');
    expect((await t.gql(RENAME_WORKSPACE, { id: f.workspaceId, name: 'Politics desk' }, f.owner.token)).data?.renameWorkspace.name).toBe(
      'Politics desk',
    );

    expect(codeOf(await t.gql(DELETE_WORKSPACE, { id: f.workspaceId, name: 'Politics desk' }, editor.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE_WORKSPACE, { id: f.workspaceId, name: 'politics' }, f.owner.token))).toBe('BAD_USER_INPUT');
    const deleted = await t.gql(DELETE_WORKSPACE, { id: f.workspaceId, name: 'Politics desk' }, f.owner.token);
    expect(deleted.data?.deleteWorkspace).toEqual({ id: f.workspaceId, name: 'Politics desk' });
    expect(await t.prisma.comparison.count({ where: { workspaceId: f.workspaceId } })).toBe(0);
    expect(await t.prisma.article.count({ where: { workspaceId: f.workspaceId } })).toBe(0);
  });

  it('tells a member’s open app live when they are invited, their role changes, or they are removed', async () => {
    const f = await createComparisonFixture(t, 2, 1);
    const invitee = await quickUser(t, 'invitee');
    const ws = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${invitee.token}` },
    });
    const events: { workspaceId: string; kind: string }[] = [];
    ws.subscribe(
      { query: `subscription { myWorkspacesChanged { workspaceId kind } }` },
      {
        next: (msg) => events.push(msg.data?.myWorkspacesChanged as (typeof events)[number]),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    const invited = await t.gql<{ inviteMember: { id: string } }>(
      `mutation($ws: ID!, $email: String!) { inviteMember(workspaceId: $ws, email: $email, role: VIEWER) { id } }`,
      { ws: f.workspaceId, email: invitee.email },
      f.owner.token,
    );
    const accepted = await t.gql<{ acceptInvitation: { id: string } }>(
      `mutation($id: ID!) { acceptInvitation(id: $id) { id } }`,
      { id: invited.data!.inviteMember.id },
      invitee.token,
    );
    const memberId = accepted.data!.acceptInvitation.id;
    await t.gql(`mutation($id: ID!) { updateMemberRole(memberId: $id, role: EDITOR) { id } }`, { id: memberId }, f.owner.token);
    await t.gql(`mutation($id: ID!) { removeMember(memberId: $id) { id } }`, { id: memberId }, f.owner.token);
    await waitFor(() => events.length >= 4, 'four workspace changes');
    expect(events).toEqual([
      { workspaceId: f.workspaceId, kind: 'INVITED' },
      { workspaceId: f.workspaceId, kind: 'ADDED' },
      { workspaceId: f.workspaceId, kind: 'ROLE_CHANGED' },
      { workspaceId: f.workspaceId, kind: 'REMOVED' },
    ]);
    await ws.dispose();
  });
});
