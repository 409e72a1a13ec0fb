import { generateToken, hashToken, SESSION_PREFIX } from '../../../src/access/token.js';
import { uniqueEmail, type TestApp } from '../../support/test-app.js';

/** What the fixtures need of an API: GraphQL over HTTP and the database (an in-process app or a child process). */
export type Api = Pick<TestApp, 'gql' | 'prisma'>;

/**
 * Creates a user with a session straight in the database and returns the session token. Signing up over
 * GraphQL hashes a password with argon2, which costs ~0.5 s on a small machine; these tests only need a
 * session (the sign-up path is covered by the foundation tests).
 */
export async function quickUser(api: Api, tag = 'user') {
  const email = uniqueEmail(tag);
  const user = await api.prisma.user.create({ data: { email, name: `Test ${tag}`, passwordHash: 'not-a-hash' } });
  const token = generateToken(SESSION_PREFIX);
  await api.prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) } });
  return { email, token, userId: user.id };
}

/** A workspace with an owner and a comparison of `articles` articles of `segmentsPerArticle` sentences each. */
export interface ComparisonFixture {
  owner: { token: string; userId: string; email: string };
  workspaceId: string;
  comparisonId: string;
  articleIds: string[];
  /** Every segment of the comparison's articles, article by article. */
  segments: { id: string; articleId: string; text: string }[];
}

let seq = 0;

/** Creates an owner, a workspace, articles with segments (straight into the database) and a comparison. */
export async function createComparisonFixture(t: Api, articles = 2, segmentsPerArticle = 3): Promise<ComparisonFixture> {
  const owner = await quickUser(t, 'owner');
  const ws = await t.gql<{ createWorkspace: { id: string } }>(`mutation { createWorkspace(name: "Collab") { id } }`, {}, owner.token);
  const workspaceId = ws.data!.createWorkspace.id;
  const articleIds: string[] = [];
  const segments: ComparisonFixture['segments'] = [];
  for (let a = 0; a < articles; a++) {
    const sentences = Array.from({ length: segmentsPerArticle }, (_, i) => `Sentence ${i} of article ${a}.`);
    const body = sentences.join(' ');
    let start = 0;
    const article = await t.prisma.article.create({
      data: {
        workspaceId,
        headline: `Article ${a}`,
        rawText: body,
        body,
        contentHash: `collab-${workspaceId}-${a}-${seq++}`,
        segments: {
          create: sentences.map((text, index) => {
            const s = { index, paragraph: 0, start, end: start + text.length, text };
            start += text.length + 1;
            return s;
          }),
        },
      },
      include: { segments: { orderBy: { index: 'asc' } } },
    });
    articleIds.push(article.id);
    segments.push(...article.segments.map((s) => ({ id: s.id, articleId: article.id, text: s.text })));
  }
  const created = await t.gql<{ createComparison: { id: string } }>(
    `mutation($ws: ID!, $ids: [ID!]!) { createComparison(workspaceId: $ws, title: "Joint statement", articleIds: $ids) { id } }`,
    { ws: workspaceId, ids: articleIds },
    owner.token,
  );
  if (!created.data) throw new Error(`createComparison failed: ${JSON.stringify(created.errors)}`);
  return { owner, workspaceId, comparisonId: created.data.createComparison.id, articleIds, segments };
}

/**
 * Signs up a user, invites them to the workspace with `role` and accepts as them (joining takes the
 * invitee's consent); returns their token and membership id.
 */
export async function addMember(t: Api, f: ComparisonFixture, role: 'EDITOR' | 'VIEWER' | 'OWNER', tag = role.toLowerCase()) {
  const user = await quickUser(t, tag);
  const invited = await t.gql<{ inviteMember: { id: string } }>(
    `mutation($ws: ID!, $email: String!, $role: Role!) { inviteMember(workspaceId: $ws, email: $email, role: $role) { id } }`,
    { ws: f.workspaceId, email: user.email, role },
    f.owner.token,
  );
  if (!invited.data) throw new Error(`inviteMember failed: ${JSON.stringify(invited.errors)}`);
  const accepted = await t.gql<{ acceptInvitation: { id: string } }>(
    `mutation($id: ID!) { acceptInvitation(id: $id) { id } }`,
    { id: invited.data.inviteMember.id },
    user.token,
  );
  if (!accepted.data) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  return { ...user, memberId: accepted.data.acceptInvitation.id };
}

/** Polls `check` until it returns true (or a truthy value) or the time runs out; fails with `what`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
