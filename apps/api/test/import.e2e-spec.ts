import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signUpUser, startTestApp, type TestApp } from './support/test-app.js';

const SEEDS = path.resolve(process.cwd(), '../../seeds');
const seedTexts = readdirSync(SEEDS)
  .sort()
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));

const IMPORT_MANY = `mutation($inputs: [ImportArticleInput!]!, $batchId: String) {
  importArticles(inputs: $inputs, batchId: $batchId) {
    batchId imported failed
    results { index error { code message } article { id headline body outlet { name } droppedLines { lineIndex text reason } } }
  }
}`;
const IMPORT_ONE = `mutation($input: ImportArticleInput!) { importArticle(input: $input) { id headline body warnings segments { index text start end } } }`;

let t: TestApp;
let token: string;
let ws: string;
beforeAll(async () => {
  t = await startTestApp();
  token = (await signUpUser(t, 'importer')).token;
  ws = (await t.gql(`mutation { createWorkspace(name: "Imports") { id } }`, {}, token)).data?.createWorkspace.id;
});
afterAll(() => t.close());

const count = () => t.prisma.article.count({ where: { workspaceId: ws } });

describe('importArticles', () => {
  it('imports the five seeds with clean bodies, reports progress over graphql-ws, and flags re-imports as duplicates', async () => {
    const progress: { done: number; total: number }[] = [];
    const client = createClient({
      url: t.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const finished = new Promise<void>((resolve, reject) => {
      client.subscribe<{ importProgress: { done: number; total: number } }>(
        { query: `subscription { importProgress(batchId: "seed-batch") { done total failed } }` },
        {
          next: (m) => {
            progress.push(m.data!.importProgress);
            if (m.data!.importProgress.done === 5) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 200)); // let the subscription register before the batch starts
    const res = await t.gql(IMPORT_MANY, { inputs: seedTexts.map((text) => ({ workspaceId: ws, text })), batchId: 'seed-batch' }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importArticles).toMatchObject({ imported: 5, failed: 0 });
    await finished;
    await client.dispose();
    expect(progress.at(-1)).toEqual(expect.objectContaining({ done: 5, total: 5 }));
    for (const r of res.data!.importArticles.results) {
      expect(r.article.body).not.toMatch(/Related Articles|Leave a Reply|Play Store|Download Logo/i);
      expect(r.article.droppedLines.length).toBeGreaterThan(0);
    }
    const again = await t.gql(IMPORT_MANY, { inputs: [{ workspaceId: ws, text: seedTexts[0] }] }, token);
    expect(again.data?.importArticles.results[0].error.code).toBe('DUPLICATE_ARTICLE');
    expect(await count()).toBe(5);
    const one = await t.gql(IMPORT_ONE, { input: { workspaceId: ws, text: seedTexts[1] } }, token);
    expect(one.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('stores the good items of a batch and reports each bad one, never half an article', async () => {
    const before = await count();
    const good = 'Parallax test desk. The minister said on Monday that talks would resume. Both sides agreed to meet again in May.';
    const res = await t.gql(
      IMPORT_MANY,
      {
        inputs: [
          { workspaceId: ws, text: good },
          { workspaceId: ws, text: '' },
          { workspaceId: ws, text: 'a\u0000b\u0000c\u0001\u0002 binary \u0000' },
          { workspaceId: ws, text: good.replace('May', 'June'), html: '<p>both</p>' },
        ],
      },
      token,
    );
    const results = res.data?.importArticles.results;
    expect(results.map((r: any) => r.error?.code ?? 'OK')).toEqual(['OK', expect.any(String), 'BINARY_INPUT', 'BAD_USER_INPUT']);
    expect(await count()).toBe(before + 1);
    const stored = await t.prisma.article.findUniqueOrThrow({ where: { id: results[0].article.id }, include: { segments: true } });
    expect(stored.segments.length).toBeGreaterThanOrEqual(2);
    for (const s of stored.segments) expect(stored.body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('importArticle bad input', () => {
  it.each([
    ['empty text', { text: '   ' }, 'BAD_USER_INPUT'],
    ['text with no sentences', { text: 'Home\nNews\nSports\n' }, 'BAD_USER_INPUT'],
    ['invalid UTF-8 (replacement characters)', { text: 'Caf\uFFFD \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD'.repeat(20) }, 'BAD_USER_INPUT'],
    ['a paste over 5 MB', { text: 'The talks went on. '.repeat(290000) }, 'BAD_USER_INPUT'],
  ])('refuses %s with a clear error and stores nothing', async (_name, fields, code) => {
    const before = await count();
    const res = await t.gql(IMPORT_ONE, { input: { workspaceId: ws, ...fields } }, token);
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors?.[0].message.length).toBeGreaterThan(10);
    expect(await count()).toBe(before);
  });

  it('imports HTML without scripts or styles', async () => {
    const html = `<html><head><title>Leaders meet in Beijing | Example News</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body><nav>Home | World</nav><article><h1>Leaders meet in Beijing</h1>
      <p>The two leaders met in Beijing on Wednesday to discuss trade and security.</p>
      <script>document.write("tracking")</script>
      <p>They agreed to expand cooperation in energy, science and media, officials said.</p></article></body></html>`;
    const res = await t.gql(IMPORT_ONE, { input: { workspaceId: ws, html } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.importArticle.body).toContain('The two leaders met in Beijing');
    expect(res.data?.importArticle.body).not.toMatch(/alert|tracking|color:red/);
  });

  it('previews without storing and points at the duplicate', async () => {
    const before = await count();
    const res = await t.gql(
      `mutation($input: ImportArticleInput!) { previewImport(input: $input) { headline sentences { text } droppedLines { reason } duplicateOf { id } } }`,
      { input: { workspaceId: ws, text: seedTexts[2] } },
      token,
    );
    expect(res.data?.previewImport.duplicateOf.id).toBeDefined();
    expect(res.data?.previewImport.sentences.length).toBeGreaterThan(3);
    expect(await count()).toBe(before);
  });

  it('refuses a VIEWER and a non-member', async () => {
    const stranger = await signUpUser(t, 'stranger');
    const res = await t.gql(
      IMPORT_ONE,
      { input: { workspaceId: ws, text: 'A new sentence here. And another one there.' } },
      stranger.token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('updateArticle and suggestComparisons', () => {
  it('restores a dropped line into the body and drops it again', async () => {
    const article = await t.prisma.article.findFirstOrThrow({
      where: { workspaceId: ws, headline: { not: null } },
      orderBy: { createdAt: 'asc' },
    });
    const dropped =
      (article.droppedLines as { lineIndex: number; text: string; reason: string }[]).find((d) => d.reason === 'caption') ??
      (article.droppedLines as { lineIndex: number; text: string }[])[0];
    const restore = await t.gql(
      `mutation($id: ID!, $lines: [Int!]) { updateArticle(id: $id, input: { restoreLines: $lines }) { body segments { text } } }`,
      { id: article.id, lines: [dropped.lineIndex] },
      token,
    );
    expect(restore.errors).toBeUndefined();
    expect(restore.data?.updateArticle.body).toContain(dropped.text.trim().slice(0, 20));
    const drop = await t.gql(
      `mutation($id: ID!, $lines: [Int!]) { updateArticle(id: $id, input: { dropLines: $lines, headline: "Corrected headline" }) { headline body } }`,
      { id: article.id, lines: [dropped.lineIndex] },
      token,
    );
    expect(drop.data?.updateArticle.headline).toBe('Corrected headline');
    expect(drop.data?.updateArticle.body).toBe(article.body);
  });

  it('suggests the two events of the seeds as comparisons', async () => {
    const res = await t.gql(
      `query($ws: ID!) { suggestComparisons(workspaceId: $ws) { label score articles { id headline } } }`,
      { ws },
      token,
    );
    expect(res.errors).toBeUndefined();
    const groups = res.data?.suggestComparisons.filter((s: any) => s.articles.length >= 2);
    expect(groups.length).toBeGreaterThanOrEqual(2);
  });
});
