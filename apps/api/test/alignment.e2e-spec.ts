import { alignSeededComparisons } from '../src/seed/align-seeded.js';
import { seedDemo } from '../src/seed/demo-seed.js';
import { signUpUser, startTestApp, type TestApp } from './support/test-app.js';

const CLAIMS = `query($id: ID!) { comparison(id: $id) { id title articles { id outlet { name } }
  claims { id label origin links { segmentId articleId relation flags origin segment { text } } } } }`;

let t: TestApp;
let token: string;
let comparisonIds: string[];
beforeAll(async () => {
  t = await startTestApp();
  // The seed belongs to the demo user; sign in as them for these tests.
  const seeded = await seedDemo(t.prisma, { demoPassword: 'parallax' });
  comparisonIds = seeded.comparisons.length
    ? seeded.comparisons
    : (await t.prisma.comparison.findMany({ where: { workspaceId: seeded.workspace.id }, select: { id: true } })).map((c) => c.id);
  await alignSeededComparisons(t.app, comparisonIds);
  // The February 2025 visit has three articles, the January 2026 dialogue two: put the larger one first.
  const sizes = await Promise.all(comparisonIds.map((id) => t.prisma.comparisonArticle.count({ where: { comparisonId: id } })));
  comparisonIds = comparisonIds
    .map((id, i) => ({ id, n: sizes[i] }))
    .sort((a, b) => b.n - a.n)
    .map((c) => c.id);
  token = (await t.gql(`mutation { signIn(email: "demo@parallax.local", password: "parallax") { token } }`)).data?.signIn.token;
});
afterAll(() => t.close());

/** Polls a GraphQL query until `done` holds (the projection lags the doc by up to about a second). */
async function eventually<T>(fetchIt: () => Promise<T>, done: (v: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fetchIt();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const claimsOf = async (id: string) => (await t.gql(CLAIMS, { id }, token)).data?.comparison;
const textOf = (c: any) => c.links.map((l: any) => l.segment.text).join(' ');

describe('seeded comparisons', () => {
  it('creates the two sample events as comparisons, each with aligned multi-outlet claims', async () => {
    expect(comparisonIds).toHaveLength(2);
    for (const id of comparisonIds) {
      const c = await eventually(
        () => claimsOf(id),
        (v) => v.claims.length > 0,
      );
      const multi = c.claims.filter((cl: any) => new Set(cl.links.map((l: any) => l.articleId)).size >= 2);
      expect(multi.length).toBeGreaterThanOrEqual(5);
    }
    const all = (await Promise.all(comparisonIds.map(claimsOf))).flatMap((c) => c.claims);
    const kashmir = all.find((c: any) => /Kashmir/.test(textOf(c)) && new Set(c.links.map((l: any) => l.articleId)).size >= 2);
    expect(kashmir).toBeDefined();
  });
});

describe('autoAlign', () => {
  it('keeps people’s decisions when it runs again', async () => {
    const id = comparisonIds[0];
    const before = await eventually(
      () => claimsOf(id),
      (v) => v.claims.length > 0,
    );
    const target = before.claims.find((c: any) => c.links.length >= 2);
    const dropped = target.links[0];
    const renamed = await t.gql(
      `mutation($input: RenameClaimInput!) { renameClaim(input: $input) { id label } }`,
      { input: { comparisonId: id, claimId: target.id, label: 'Our own label' } },
      token,
    );
    expect(renamed.errors).toBeUndefined();
    const unlinked = await t.gql(
      `mutation($input: UnlinkSegmentInput!) { unlinkSegment(input: $input) { id } }`,
      { input: { comparisonId: id, claimId: target.id, segmentId: dropped.segmentId } },
      token,
    );
    expect(unlinked.errors).toBeUndefined();

    const rerun = await t.gql(
      `mutation($id: ID!) { autoAlign(comparisonId: $id) { claimsProposed linksAdded skippedRejected } }`,
      { id },
      token,
    );
    expect(rerun.errors).toBeUndefined();
    expect(rerun.data?.autoAlign.skippedRejected).toBeGreaterThanOrEqual(1);
    const after = await eventually(
      () => claimsOf(id),
      (v) => v.claims.some((c: any) => c.id === target.id && c.label === 'Our own label'),
    );
    const kept = after.claims.find((c: any) => c.id === target.id);
    expect(kept.label).toBe('Our own label');
    expect(kept.links.map((l: any) => l.segmentId)).not.toContain(dropped.segmentId);
  });

  it('refuses a VIEWER and a non-member', async () => {
    const stranger = await signUpUser(t, 'stranger');
    const res = await t.gql(
      `mutation($id: ID!) { autoAlign(comparisonId: $id) { claimsProposed } }`,
      { id: comparisonIds[0] },
      stranger.token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('coverage and diffs', () => {
  it('reports a claims × articles matrix with omissions and unique claims', async () => {
    const id = comparisonIds[1];
    await eventually(
      () => claimsOf(id),
      (v) => v.claims.length > 0,
    );
    const res = await t.gql(
      `query($id: ID!) { comparison(id: $id) { coverage { articleIds rows { claimId label cells } uniqueClaims { claimId articleId } sharedWire { articleIds } } } }`,
      { id },
      token,
    );
    const cov = res.data?.comparison.coverage;
    expect(cov.articleIds).toHaveLength(2);
    expect(cov.rows.length).toBeGreaterThan(5);
    for (const row of cov.rows) expect(row.cells).toHaveLength(2);
    expect(cov.rows.some((r: any) => r.cells.includes(null))).toBe(true);
    expect(cov.uniqueClaims.length).toBeGreaterThan(0);
  });

  it('diffs a claim word by word against a chosen base article', async () => {
    const id = comparisonIds[1];
    const c = await eventually(
      () => claimsOf(id),
      (v) => v.claims.length > 0,
    );
    const shared = c.claims.find(
      (cl: any) => new Set(cl.links.map((l: any) => l.articleId)).size === 2 && cl.links.some((l: any) => l.relation !== 'VERBATIM'),
    );
    const base = shared.links[0].articleId;
    const res = await t.gql(
      `query($id: ID!, $base: ID!) { comparison(id: $id) { claims { id diff(baseArticleId: $base) { baseText witnesses { articleId text ops { type baseText otherText } } } } } }`,
      { id, base },
      token,
    );
    const diff = res.data?.comparison.claims.find((cl: any) => cl.id === shared.id).diff;
    expect(diff.baseText.length).toBeGreaterThan(10);
    expect(diff.witnesses).toHaveLength(1);
    expect(diff.witnesses[0].ops.some((op: any) => op.type !== 'equal')).toBe(true);
    // Every word of the other wording appears in exactly one op (moves are listed in base order).
    const words = (s: string) => s.split(/\s+/).filter(Boolean).sort();
    const covered = diff.witnesses[0].ops.map((op: any) => op.otherText).join(' ');
    expect(words(covered.replace(/([.,"])/g, ' $1 '))).toEqual(words(diff.witnesses[0].text.replace(/([.,"])/g, ' $1 ')));
  });
});

describe('exports', () => {
  const url = (id: string, format: string) => `${t.url}/api/comparisons/${id}/export.${format}`;

  it('downloads JSON, CSV, coverage CSV, Markdown and HTML with the same auth as GraphQL', async () => {
    const id = comparisonIds[0];
    const headers = { authorization: `Bearer ${token}` };
    const json = await (await fetch(url(id, 'json'), { headers })).json();
    expect(json).toMatchObject({ format: 'parallax.comparison', version: 1 });
    expect(json.articles).toHaveLength(3);
    expect(json.articles[0].rawText.length).toBeGreaterThan(1000);
    expect(json.claims.length).toBeGreaterThan(3);
    const csv = await fetch(url(id, 'csv'), { headers });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('claim_id,claim,position,article_id,outlet,relation,flags,origin,confidence,sentence');
    expect(lines.length - 1).toBe(json.claims.reduce((n: number, c: any) => n + c.links.length, 0));
    const coverage = await (await fetch(url(id, 'coverage.csv'), { headers })).text();
    const cells = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells(coverage.split('\r\n')[0])).toHaveLength(2 + 3);
    const md = await (await fetch(url(id, 'md'), { headers })).text();
    expect(md).toContain('## Coverage');
    const report = await fetch(url(id, 'html'), { headers });
    expect(report.headers.get('content-disposition')).toMatch(/^inline; filename=".+-\d{4}-\d{2}-\d{2}\.html"$/);
    expect(report.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/);
    const html = await report.text();
    expect(html).toMatch(/<ins>|<del>/);
    expect(html).toContain('class="heat"');
    expect(html).toMatch(/<th>Shared<\/th><th>Unique<\/th><th>Omitted<\/th>/);
    expect(html).not.toMatch(/ style="/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename=".+-\d{4}-\d{2}-\d{2}\.csv"$/);
  });

  it('refuses anonymous, non-member and unknown-format requests', async () => {
    const id = comparisonIds[0];
    expect((await fetch(url(id, 'json'))).status).toBe(401);
    const stranger = await signUpUser(t, 'stranger');
    expect((await fetch(url(id, 'json'), { headers: { authorization: `Bearer ${stranger.token}` } })).status).toBe(403);
    expect((await fetch(url(id, 'exe'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
  });
});

describe('importComparison', () => {
  const IMPORT = `mutation($ws: ID!, $json: String!) { importComparison(workspaceId: $ws, json: $json) {
    articlesCreated articlesReused linksSkipped comparison { id title claims { label origin links { relation origin } } } } }`;

  it('round-trips a JSON export into another workspace and reuses articles already there', async () => {
    const id = comparisonIds[0];
    const exported = await (
      await fetch(`${t.url}/api/comparisons/${id}/export.json`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    const original = JSON.parse(exported);
    const ws2 = (await t.gql(`mutation { createWorkspace(name: "Round trip") { id } }`, {}, token)).data?.createWorkspace.id;
    const res = await t.gql(IMPORT, { ws: ws2, json: exported }, token);
    expect(res.errors).toBeUndefined();
    const r = res.data?.importComparison;
    expect(r).toMatchObject({ articlesCreated: 3, articlesReused: 0, linksSkipped: 0 });
    const imported = await eventually(
      () => claimsOf(r.comparison.id),
      (v) => v.claims.length === original.claims.length,
    );
    expect(imported.claims.map((c: any) => c.label).sort()).toEqual(original.claims.map((c: any) => c.label).sort());
    const links = (cs: any[]) => cs.flatMap((c) => c.links.map((l: any) => `${l.relation}/${l.origin}`)).sort();
    expect(links(imported.claims)).toEqual(links(original.claims));

    const again = await t.gql(IMPORT, { ws: ws2, json: exported }, token);
    expect(again.data?.importComparison).toMatchObject({ articlesCreated: 0, articlesReused: 3 });
  });

  it('refuses broken JSON and a wrong format without storing anything', async () => {
    const before = await t.prisma.comparison.count();
    const ws = (await t.gql(`{ workspaces { id } }`, {}, token)).data?.workspaces[0].id;
    for (const json of ['{not json', JSON.stringify({ format: 'other', version: 1 })]) {
      const res = await t.gql(IMPORT, { ws, json }, token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.prisma.comparison.count()).toBe(before);
  });
});
