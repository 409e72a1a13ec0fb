import type { TestApp } from '../../support/test-app';
import { signUpUser } from '../../support/test-app';

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
export async function createComparisonFixture(t: TestApp, articles = 2, segmentsPerArticle = 3): Promise<ComparisonFixture> {
  const owner = await signUpUser(t, 'owner');
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

/** Signs up a user and adds them to the workspace with `role`; returns their token and membership id. */
export async function addMember(t: TestApp, f: ComparisonFixture, role: 'EDITOR' | 'VIEWER' | 'OWNER', tag = role.toLowerCase()) {
  const user = await signUpUser(t, tag);
  const res = await t.gql<{ addMember: { id: string } }>(
    `mutation($ws: ID!, $email: String!, $role: Role!) { addMember(workspaceId: $ws, email: $email, role: $role) { id } }`,
    { ws: f.workspaceId, email: user.email, role },
    f.owner.token,
  );
  if (!res.data) throw new Error(`addMember failed: ${JSON.stringify(res.errors)}`);
  return { ...user, memberId: res.data.addMember.id };
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
