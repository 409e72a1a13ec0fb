import { addMember, createComparisonFixture, quickUser, waitFor } from './collab/support/collab-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const GRID = `query($id: ID!) { comparison(id: $id) { articles { id segmentColumns { ids } }
  claims { id label note links { segmentId articleId relation flags origin } }
  claimGrid { claimIds labels topics positions notes origins linkClaims linkArticles linkSegments linkRelations linkFlags linkOrigins linkConfidences } } }`;

describe('Comparison.claimGrid', () => {
  it('lists the projected claims and links as parallel lists that match the claims field, for a viewer', async () => {
    const f = await createComparisonFixture(t, 3, 4);
    const viewer = await addMember(t, f, 'VIEWER');
    const made: string[] = [];
    for (const label of ['Second in the base', 'First in the base']) {
      const res = await t.gql(
        `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`,
        { input: { comparisonId: f.comparisonId, label, note: label === 'First in the base' ? 'checked' : null } },
        f.owner.token,
      );
      expect(res.errors).toBeUndefined();
      made.push(res.data!.createClaim.id);
    }
    // Claim 0 links sentence 3 of article 2 and sentence 1 of article 0; claim 1 links sentence 0 of articles 0 and 1.
    const byArticle = (a: number) => f.segments.filter((s) => s.articleId === f.articleIds[a]);
    const links = [
      { claimId: made[0], segmentId: byArticle(2)[3].id, relation: 'PARTIAL', flags: ['hedged'] },
      { claimId: made[0], segmentId: byArticle(0)[1].id, relation: 'VERBATIM' },
      { claimId: made[1], segmentId: byArticle(1)[0].id, relation: 'CONTRADICTS' },
      { claimId: made[1], segmentId: byArticle(0)[0].id, relation: 'PARAPHRASE' },
    ];
    for (const l of links) {
      const res = await t.gql(
        `mutation($input: LinkSegmentInput!) { linkSegment(input: $input) { id } }`,
        { input: { comparisonId: f.comparisonId, ...l } },
        f.owner.token,
      );
      expect(res.errors).toBeUndefined();
    }
    const c = await waitFor(async () => {
      const v = (await t.gql(GRID, { id: f.comparisonId }, viewer.token)).data?.comparison;
      // Both fields seen after the projection: `claims` and `claimGrid` are separate reads, and a response whose
      // first read ran before the projection's commit and second after it would compare two states.
      const links = (v?.claims ?? []).flatMap((x: { links: unknown[] }) => x.links).length;
      return v?.claimGrid.linkClaims.length === 4 && links === 4 ? v : null;
    }, 'the projection of 4 links');
    const g = c.claimGrid;
    // Same claims, same order as the claims field.
    expect(g.claimIds).toEqual(c.claims.map((x: any) => x.id));
    expect(g.labels).toEqual(c.claims.map((x: any) => x.label));
    expect(g.notes).toEqual(c.claims.map((x: any) => x.note));
    expect(g.topics).toEqual([null, null]);
    expect(g.positions).toHaveLength(2);
    expect(g.origins).toEqual(['HUMAN', 'HUMAN']);
    // Each link, resolved through the indexes, is one of the claim's links; ordered by claim, article, sentence.
    const resolved = g.linkClaims.map((ci: number, j: number) => ({
      claimId: g.claimIds[ci],
      articleId: c.articles[g.linkArticles[j]].id,
      segmentId: c.articles[g.linkArticles[j]].segmentColumns.ids[g.linkSegments[j]],
      relation: g.linkRelations[j],
      flags: g.linkFlags[j],
      origin: g.linkOrigins[j],
    }));
    const expected = c.claims.flatMap((x: any) => x.links.map((l: any) => ({ claimId: x.id, ...l })));
    const bySegment = (a: any, b: any) => a.segmentId.localeCompare(b.segmentId);
    expect([...resolved].sort(bySegment)).toEqual([...expected].sort(bySegment));
    const keys = g.linkClaims.map((ci: number, j: number) => ci * 1e6 + g.linkArticles[j] * 1e3 + g.linkSegments[j]);
    expect(keys).toEqual([...keys].sort((a: number, b: number) => a - b));
    const first = g.claimIds.indexOf(made[0]);
    expect(resolved.filter((r: any) => r.claimId === made[0]).map((r: any) => [g.linkArticles[resolved.indexOf(r)], r.relation])).toEqual([
      [0, 'VERBATIM'],
      [2, 'PARTIAL'],
    ]);
    expect(g.linkFlags[g.linkClaims.lastIndexOf(first)]).toEqual(['hedged']);
    expect(g.linkConfidences.every((x: number) => x >= 0 && x <= 1)).toBe(true);
  });

  it('is empty lists for a comparison without claims, and refuses a non-member', async () => {
    const f = await createComparisonFixture(t, 2, 2);
    const empty = await t.gql(GRID, { id: f.comparisonId }, f.owner.token);
    expect(empty.data?.comparison.claimGrid).toEqual({
      claimIds: [],
      labels: [],
      topics: [],
      positions: [],
      notes: [],
      origins: [],
      linkClaims: [],
      linkArticles: [],
      linkSegments: [],
      linkRelations: [],
      linkFlags: [],
      linkOrigins: [],
      linkConfidences: [],
    });
    const stranger = await quickUser(t, 'stranger');
    const refused = await t.gql(
      `query($id: ID!) { comparison(id: $id) { claimGrid { claimIds } } }`,
      { id: f.comparisonId },
      stranger.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.comparison ?? null).toBeNull();
  });
});
