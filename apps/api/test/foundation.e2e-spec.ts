import { PrismaService } from '../src/infra/prisma/prisma.service.js';
import { signUpUser, startTestApp, uniqueEmail, type TestApp } from './support/test-app.js';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id email } } }`;
const CREATE_WS = `mutation($name: String!) { createWorkspace(name: $name) { id name } }`;
const ARTICLES = `query($ws: ID!, $first: Int!, $after: String) {
  articles(workspaceId: $ws, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id headline body outlet { id name } segments { id index text start end } } }
  }
}`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Inserts `n` small articles (with an outlet and 2 segments each) straight into the database. */
async function insertArticles(workspaceId: string, n: number) {
  const outlet = await t.prisma.outlet.upsert({
    where: { workspaceId_name: { workspaceId, name: 'Test Outlet' } },
    create: { workspaceId, name: 'Test Outlet' },
    update: {},
  });
  for (let i = 0; i < n; i++) {
    const body = `Sentence one of article ${i}. Sentence two of article ${i}.`;
    await t.prisma.article.create({
      data: {
        workspaceId,
        outletId: outlet.id,
        headline: `Article ${i}`,
        rawText: body,
        body,
        contentHash: `hash-${workspaceId}-${i}`,
        segments: {
          createMany: {
            data: [
              { index: 0, paragraph: 0, start: 0, end: body.indexOf('.') + 1, text: body.slice(0, body.indexOf('.') + 1) },
              { index: 1, paragraph: 0, start: body.indexOf('.') + 2, end: body.length, text: body.slice(body.indexOf('.') + 2) },
            ],
          },
        },
      },
    });
  }
}

describe('accounts', () => {
  it('signs up, signs in and answers me with the session token', async () => {
    const email = uniqueEmail('alice');
    const up = await t.gql(`mutation { signUp(email: "${email}", password: "long enough pw", name: "Alice") { token user { email } } }`);
    expect(up.data?.signUp.user.email).toBe(email);
    const inRes = await t.gql(SIGN_IN, { email, password: 'long enough pw' });
    const token = inRes.data?.signIn.token as string;
    expect(token).toMatch(/^plxs_/);
    const me = await t.gql(`{ me { email } }`, {}, token);
    expect(me.data?.me.email).toBe(email);
  });

  it('refuses a wrong password and an invalid email without writing anything', async () => {
    const { email } = await signUpUser(t);
    const sessionsBefore = await t.prisma.session.count();
    const wrong = await t.gql(SIGN_IN, { email, password: 'not the password' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const usersBefore = await t.prisma.user.count();
    const bad = await t.gql(`mutation { signUp(email: "not-an-email", password: "long enough pw", name: "X") { token } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toHaveProperty('email');
    const short = await t.gql(`mutation { signUp(email: "${uniqueEmail()}", password: "short", name: "X") { token } }`);
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.prisma.user.count()).toBe(usersBefore);
    expect(await t.prisma.session.count()).toBe(sessionsBefore);
  });

  it('refuses a second account with the same email', async () => {
    const { email } = await signUpUser(t);
    const again = await t.gql(`mutation { signUp(email: "${email}", password: "long enough pw", name: "X") { token } }`);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('authenticates with an API token, stores only its hash, and stops after revocation or expiry', async () => {
    const { token } = await signUpUser(t);
    const created = await t.gql(`mutation { createApiToken(name: "script") { token apiToken { id prefix } } }`, {}, token);
    const apiToken = created.data?.createApiToken.token as string;
    expect(apiToken).toMatch(/^plx_/);
    expect(await t.prisma.apiToken.count({ where: { tokenHash: apiToken } })).toBe(0);
    expect((await t.gql(`{ me { id } }`, {}, apiToken)).data?.me.id).toBeDefined();

    await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: created.data?.createApiToken.apiToken.id }, token);
    expect((await t.gql(`{ me { id } }`, {}, apiToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const expiring = await t.gql(`mutation { createApiToken(name: "old", expiresInDays: 1) { token apiToken { id } } }`, {}, token);
    await t.prisma.apiToken.update({
      where: { id: expiring.data?.createApiToken.apiToken.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await t.gql(`{ me { id } }`, {}, expiring.data?.createApiToken.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects requests without credentials and with a garbage token', async () => {
    expect((await t.gql(`{ workspaces { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(`{ workspaces { id } }`, {}, 'plx_garbage')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('workspaces and roles', () => {
  it('creates a workspace with the creator as OWNER and lists it', async () => {
    const { token } = await signUpUser(t);
    const ws = await t.gql(CREATE_WS, { name: 'Desk' }, token);
    const list = await t.gql(`{ workspaces { id name myRole members { role user { email } } } }`, {}, token);
    expect(list.data?.workspaces).toEqual([expect.objectContaining({ id: ws.data?.createWorkspace.id, myRole: 'OWNER' })]);
  });

  it('gives a non-member FORBIDDEN on every query and mutation that touches the workspace', async () => {
    const owner = await signUpUser(t, 'owner');
    const stranger = await signUpUser(t, 'stranger');
    const wsId = (await t.gql(CREATE_WS, { name: 'Private' }, owner.token)).data?.createWorkspace.id;
    await insertArticles(wsId, 2);
    const articleId = (await t.prisma.article.findFirst({ where: { workspaceId: wsId } }))!.id;
    const articleIds = (await t.prisma.article.findMany({ where: { workspaceId: wsId } })).map((a) => a.id);
    const comparison = await t.gql(
      `mutation($ws: ID!, $ids: [ID!]!) { createComparison(workspaceId: $ws, title: "C", articleIds: $ids) { id } }`,
      { ws: wsId, ids: articleIds },
      owner.token,
    );
    const comparisonId = comparison.data?.createComparison.id;
    expect(comparisonId).toBeDefined();
    const attempts: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { workspace(id: $id) { id } }`, { id: wsId }],
      [`query($id: ID!) { articles(workspaceId: $id, first: 5) { totalCount } }`, { id: wsId }],
      [`query($id: ID!) { article(id: $id) { id } }`, { id: articleId }],
      [`query($id: ID!) { comparisons(workspaceId: $id) { id } }`, { id: wsId }],
      [`query($id: ID!) { comparison(id: $id) { id } }`, { id: comparisonId }],
      [`mutation($id: ID!) { inviteMember(workspaceId: $id, email: "x@y.z", role: EDITOR) { id } }`, { id: wsId }],
      [
        `mutation($id: ID!, $ids: [ID!]!) { createComparison(workspaceId: $id, title: "x", articleIds: $ids) { id } }`,
        { id: wsId, ids: articleIds },
      ],
    ];
    for (const [query, variables] of attempts) {
      const res = await t.gql(query, variables, stranger.token);
      expect({ query, code: res.errors?.[0].extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    expect(await t.prisma.comparison.count({ where: { workspaceId: wsId } })).toBe(1);
  });

  it('lets a VIEWER read but not mutate, and an OWNER promote them', async () => {
    const owner = await signUpUser(t, 'owner');
    const viewer = await signUpUser(t, 'viewer');
    const wsId = (await t.gql(CREATE_WS, { name: 'Shared' }, owner.token)).data?.createWorkspace.id;
    await insertArticles(wsId, 2);
    const ids = (await t.prisma.article.findMany({ where: { workspaceId: wsId } })).map((a) => a.id);
    const invited = await t.gql(
      `mutation($ws: ID!, $email: String!) { inviteMember(workspaceId: $ws, email: $email, role: VIEWER) { id role } }`,
      { ws: wsId, email: viewer.email },
      owner.token,
    );
    expect(invited.data?.inviteMember.role).toBe('VIEWER');
    const accepted = await t.gql(
      `mutation($id: ID!) { acceptInvitation(id: $id) { id role } }`,
      { id: invited.data?.inviteMember.id },
      viewer.token,
    );
    expect(accepted.data?.acceptInvitation.role).toBe('VIEWER');
    expect((await t.gql(ARTICLES, { ws: wsId, first: 10 }, viewer.token)).data?.articles.totalCount).toBe(2);
    const create = `mutation($ws: ID!, $ids: [ID!]!) { createComparison(workspaceId: $ws, title: "V", articleIds: $ids) { id } }`;
    expect((await t.gql(create, { ws: wsId, ids }, viewer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const addByViewer = await t.gql(
      `mutation($ws: ID!) { inviteMember(workspaceId: $ws, email: "a@b.c", role: OWNER) { id } }`,
      { ws: wsId },
      viewer.token,
    );
    expect(addByViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.prisma.comparison.count({ where: { workspaceId: wsId } })).toBe(0);

    await t.gql(
      `mutation($id: ID!) { updateMemberRole(memberId: $id, role: EDITOR) { role } }`,
      { id: accepted.data?.acceptInvitation.id },
      owner.token,
    );
    expect((await t.gql(create, { ws: wsId, ids }, viewer.token)).data?.createComparison.id).toBeDefined();
  });
});

describe('articles', () => {
  it('paginates with cursors and reports totalCount', async () => {
    const { token } = await signUpUser(t);
    const wsId = (await t.gql(CREATE_WS, { name: 'Paged' }, token)).data?.createWorkspace.id;
    await insertArticles(wsId, 7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: { data?: Record<string, any> | null } = await t.gql(ARTICLES, { ws: wsId, first: 3, after }, token);
      const conn: any = res.data?.articles;
      expect(conn.totalCount).toBe(7);
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const bad = await t.gql(ARTICLES, { ws: wsId, first: 3, after: 'nonsense' }, token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.gql(ARTICLES, { ws: wsId, first: 1000 }, token);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('batches outlets and segments: the SQL count does not grow with the page size', async () => {
    const { token } = await signUpUser(t);
    const wsId = (await t.gql(CREATE_WS, { name: 'Counted' }, token)).data?.createWorkspace.id;
    await insertArticles(wsId, 20);
    const prisma = t.app.get(PrismaService);
    let count = 0;
    prisma.onQuery(() => {
      count++;
    });
    const countFor = async (first: number) => {
      count = 0;
      const res = await t.gql(ARTICLES, { ws: wsId, first }, token);
      expect(res.data?.articles.edges).toHaveLength(first);
      expect(res.data?.articles.edges[0].node.segments).toHaveLength(2);
      return count;
    };
    const small = await countFor(2);
    const large = await countFor(20);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it('reads the page with its outlets and sentences in one statement, also through fragments', async () => {
    const { token } = await signUpUser(t);
    const wsId = (await t.gql(CREATE_WS, { name: 'One statement' }, token)).data?.createWorkspace.id;
    await insertArticles(wsId, 4);
    const prisma = t.app.get(PrismaService);
    let count = 0;
    prisma.onQuery(() => {
      count++;
    });
    const run = async (query: string) => {
      count = 0;
      const res = await t.gql(query, { ws: wsId, first: 4 }, token);
      expect(res.errors).toBeUndefined();
      return { count, edges: res.data?.articles.edges as { node: Record<string, any> }[] };
    };
    const idsOnly = await run(
      `query($ws: ID!, $first: Int!) { articles(workspaceId: $ws, first: $first) { totalCount edges { node { id } } } }`,
    );
    const full = await run(ARTICLES);
    const viaFragments = await run(`query($ws: ID!, $first: Int!) { articles(workspaceId: $ws, first: $first) {
      totalCount edges { node { ...Row } } } }
      fragment Row on Article { id ... on Article { outlet { id name } } ...Sentences }
      fragment Sentences on Article { segments { id index text start end } }`);
    expect(full.count).toBe(idsOnly.count);
    expect(viaFragments.count).toBe(idsOnly.count);
    for (const { node } of full.edges) {
      const i = Number(/Article (\d+)/.exec(node.headline)?.[1]);
      expect(node.outlet.name).toBe('Test Outlet');
      expect(node.segments.map((s: { index: number; text: string }) => [s.index, s.text])).toEqual([
        [0, `Sentence one of article ${i}.`],
        [1, `Sentence two of article ${i}.`],
      ]);
      expect(node.body.slice(node.segments[1].start, node.segments[1].end)).toBe(node.segments[1].text);
    }
    expect(viaFragments.edges.map((e) => e.node)).toEqual(
      full.edges.map(({ node }) => ({ id: node.id, outlet: node.outlet, segments: node.segments })),
    );
  });

  it('searches headline, body and outlet literally, counts past the last page, and hides an outlet of another workspace', async () => {
    const { token } = await signUpUser(t);
    const wsId = (await t.gql(CREATE_WS, { name: 'Searched' }, token)).data?.createWorkspace.id;
    const otherWs = (await t.gql(CREATE_WS, { name: 'Elsewhere' }, token)).data?.createWorkspace.id;
    await insertArticles(wsId, 3);
    const foreign = await t.prisma.outlet.create({ data: { workspaceId: otherWs, name: 'Foreign Desk' } });
    const article = (n: number, data: { headline?: string; body?: string; outletId?: string | null }) =>
      t.prisma.article.create({
        data: { workspaceId: wsId, headline: `Extra ${n}`, rawText: 'x', body: 'x', contentHash: `extra-${wsId}-${n}`, ...data },
      });
    await article(1, { headline: 'Up 50% on the year' });
    await article(2, { body: 'Sales rose 50 percent.' });
    await article(3, { outletId: foreign.id, headline: 'Borrowed outlet' });
    const find = async (search: string) => {
      const res = await t.gql(
        `query($ws: ID!, $s: String) { articles(workspaceId: $ws, first: 10, search: $s) { totalCount edges { node { headline outlet { name } } } } }`,
        { ws: wsId, s: search },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.articles as { totalCount: number; edges: { node: { headline: string; outlet: { name: string } | null } }[] };
    };
    expect((await find('50%')).edges.map((e) => e.node.headline)).toEqual(['Up 50% on the year']);
    expect((await find('50')).totalCount).toBe(2);
    expect((await find('test outlet')).totalCount).toBe(3);
    expect((await find('SENTENCE TWO of article 1')).edges.map((e) => e.node.headline)).toEqual(['Article 1']);
    // The outlet's name is searchable as Prisma's relation filter was, but never shown across workspaces.
    const borrowed = await find('Borrowed');
    expect(borrowed.edges).toEqual([{ node: { headline: 'Borrowed outlet', outlet: null } }]);
    const all = await t.gql(ARTICLES, { ws: wsId, first: 6 }, token);
    const last = all.data?.articles.pageInfo.endCursor;
    const past = await t.gql(ARTICLES, { ws: wsId, first: 3, after: last }, token);
    expect(past.data?.articles).toMatchObject({ totalCount: 6, edges: [], pageInfo: { hasNextPage: false } });
  });
});

describe('segmentColumns', () => {
  const COLUMNS = `query($id: ID!) { comparison(id: $id) { articles { id segments { id text } segmentColumns { ids texts } } } }`;

  it('lists the same sentences as segments, in sentence order, to members (viewers too) and to nobody else', async () => {
    const owner = await signUpUser(t, 'owner');
    const viewer = await signUpUser(t, 'viewer');
    const stranger = await signUpUser(t, 'stranger');
    const wsId = (await t.gql(CREATE_WS, { name: 'Columns' }, owner.token)).data?.createWorkspace.id;
    await insertArticles(wsId, 1);
    // Rows stored out of order: the columns follow the sentence index, not the insertion order.
    const body = 'Third. First. Second.';
    await t.prisma.article.create({
      data: {
        workspaceId: wsId,
        headline: 'Shuffled',
        rawText: body,
        body,
        contentHash: `hash-${wsId}-shuffled`,
        segments: {
          createMany: {
            data: [
              { index: 2, paragraph: 0, start: 0, end: 6, text: 'Third.' },
              { index: 0, paragraph: 0, start: 7, end: 13, text: 'First.' },
              { index: 1, paragraph: 0, start: 14, end: 21, text: 'Second.' },
            ],
          },
        },
      },
    });
    const ids = (await t.prisma.article.findMany({ where: { workspaceId: wsId } })).map((a) => a.id);
    const comparisonId = (
      await t.gql(
        `mutation($ws: ID!, $ids: [ID!]!) { createComparison(workspaceId: $ws, title: "C", articleIds: $ids) { id } }`,
        { ws: wsId, ids },
        owner.token,
      )
    ).data?.createComparison.id;
    const invited = await t.gql(
      `mutation($ws: ID!, $email: String!) { inviteMember(workspaceId: $ws, email: $email, role: VIEWER) { id } }`,
      { ws: wsId, email: viewer.email },
      owner.token,
    );
    await t.gql(`mutation($id: ID!) { acceptInvitation(id: $id) { id } }`, { id: invited.data?.inviteMember.id }, viewer.token);

    const asOwner = await t.gql(COLUMNS, { id: comparisonId }, owner.token);
    expect(asOwner.errors).toBeUndefined();
    const articles = asOwner.data?.comparison.articles as {
      id: string;
      segments: { id: string; text: string }[];
      segmentColumns: { ids: string[]; texts: string[] };
    }[];
    expect(articles).toHaveLength(2);
    for (const a of articles) {
      expect(a.segmentColumns).toEqual({ ids: a.segments.map((s) => s.id), texts: a.segments.map((s) => s.text) });
    }
    expect(articles.find((a) => a.segments.length === 3)?.segmentColumns.texts).toEqual(['First.', 'Second.', 'Third.']);
    expect((await t.gql(COLUMNS, { id: comparisonId }, viewer.token)).data?.comparison.articles).toEqual(articles);
    const refused = await t.gql(
      `query($id: ID!) { comparison(id: $id) { articles { segmentColumns { ids texts } } } }`,
      { id: comparisonId },
      stranger.token,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.comparison ?? null).toBeNull();
  });
});

describe('request limits and bad input', () => {
  it('answers malformed GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const res = await t.gql(`{ me { id `);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses an over-deep query before running it', async () => {
    const { token } = await signUpUser(t);
    const deep = `query($id: ID!) { article(id: $id) { segments { article { segments { article { segments { article { segments { article { segments { article { id } } } } } } } } } } } }`;
    const res = await t.gql(deep, { id: '00000000-0000-0000-0000-000000000000' }, token);
    expect(res.errors?.[0].message).toMatch(/depth/i);
    expect(res.errors?.[0].extensions?.code).toBeDefined();
    expect(res.data ?? null).toBeNull();
  });

  it('refuses an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const big = 'x'.repeat(9 * 1024 * 1024);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { big } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves /healthz', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
