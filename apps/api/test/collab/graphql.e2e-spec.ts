import { readComparisonDoc } from '@parallax/doc';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { syncedClient, type CollabClient } from './support/collab-clients.js';
import { addMember, createComparisonFixture, waitFor, type ComparisonFixture } from './support/collab-fixtures.js';

let t: TestApp;
let f: ComparisonFixture;
const clients: CollabClient[] = [];
beforeAll(async () => {
  t = await startTestApp({ COLLAB_UNLOAD_GRACE_MS: '100', COLLAB_PROJECTION_DEBOUNCE_MS: '50', COLLAB_PROJECTION_MAX_WAIT_MS: '200' });
  f = await createComparisonFixture(t, 2, 3);
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await t.close();
});

const CLAIM = `id label topic note origin links { segmentId articleId relation flags origin confidence segment { id text } }`;
const CREATE = `mutation($input: CreateClaimInput!) { createClaim(input: $input) { ${CLAIM} } }`;
const RENAME = `mutation($input: RenameClaimInput!) { renameClaim(input: $input) { ${CLAIM} } }`;
const LINK = `mutation($input: LinkSegmentInput!) { linkSegment(input: $input) { ${CLAIM} } }`;

async function createClaim(label: string, token = f.owner.token): Promise<string> {
  const res = await t.gql<{ createClaim: { id: string } }>(CREATE, { input: { comparisonId: f.comparisonId, label } }, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createClaim.id;
}

const logCount = () => t.prisma.collabUpdate.count({ where: { comparisonId: f.comparisonId } });

describe('GraphQL writes go through the doc', () => {
  it("shows an EDITOR's renameClaim live to a connected stock client, and records who made it", async () => {
    const editor = await addMember(t, f, 'EDITOR');
    const client = await syncedClient(t.url, f.comparisonId, { token: f.owner.token });
    clients.push(client);
    const id = await createClaim('Original label', editor.token);
    const res = await t.gql(RENAME, { input: { comparisonId: f.comparisonId, claimId: id, label: 'Renamed live' } }, editor.token);
    expect(res.data?.renameClaim).toMatchObject({ id, label: 'Renamed live', origin: 'HUMAN', links: [] });
    await waitFor(
      () => readComparisonDoc(client.doc).claims.some((c) => c.id === id && c.label === 'Renamed live'),
      'the client to see the rename',
    );
    const authored = await t.prisma.collabUpdate.findMany({ where: { comparisonId: f.comparisonId, authorId: editor.userId } });
    expect(authored.map((u) => u.origin)).toEqual(['graphql', 'graphql']);
  });

  it('answers FORBIDDEN to a VIEWER and a non-member, and changes nothing', async () => {
    const viewer = await addMember(t, f, 'VIEWER');
    const id = await createClaim('Viewer target');
    const before = await logCount();
    const res = await t.gql(RENAME, { input: { comparisonId: f.comparisonId, claimId: id, label: 'nope' } }, viewer.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await logCount()).toBe(before);
  });

  it('answers BAD_USER_INPUT for invalid input and NOT_FOUND for unknown ids, with nothing changed', async () => {
    const id = await createClaim('Input target');
    const before = await logCount();
    const cases: [string, Record<string, unknown>, string][] = [
      [RENAME, { comparisonId: f.comparisonId, claimId: id, label: '   ' }, 'BAD_USER_INPUT'],
      [RENAME, { comparisonId: 'nope', claimId: id, label: 'x' }, 'BAD_USER_INPUT'],
      [RENAME, { comparisonId: f.comparisonId, claimId: 'a|b', label: 'x' }, 'BAD_USER_INPUT'],
      [RENAME, { comparisonId: f.comparisonId, claimId: 'no-such-claim', label: 'x' }, 'NOT_FOUND'],
      // A segment of an article outside the comparison is refused before the doc is touched.
      [
        LINK,
        { comparisonId: f.comparisonId, claimId: id, segmentId: '00000000-0000-4000-8000-000000000000', relation: 'VERBATIM' },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [query, input, code] of cases) {
      const res = await t.gql(query, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const authed = await t.gql(query, { input }, f.owner.token);
      expect({ input, code: authed.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    expect(await logCount()).toBe(before);
  });

  it('merges, splits, links, unlinks, sets relations and comments; Comparison.claims follows the projection', async () => {
    const [s0, s1, s2] = f.segments;
    const a = await createClaim('Claim A');
    const b = await createClaim('Claim B');
    const link = (claimId: string, segmentId: string) =>
      t.gql(
        LINK,
        { input: { comparisonId: f.comparisonId, claimId, segmentId, relation: 'PARAPHRASE', flags: ['hedged'] } },
        f.owner.token,
      );
    expect((await link(a, s0!.id)).data?.linkSegment.links).toMatchObject([
      {
        segmentId: s0!.id,
        articleId: s0!.articleId,
        relation: 'PARAPHRASE',
        flags: ['hedged'],
        origin: 'HUMAN',
        segment: { text: s0!.text },
      },
    ]);
    await link(b, s1!.id);
    await link(b, s2!.id);
    const merged = await t.gql(
      `mutation($i: MergeClaimsInput!) { mergeClaims(input: $i) { id links { segmentId } } }`,
      { i: { comparisonId: f.comparisonId, targetId: a, sourceIds: [b] } },
      f.owner.token,
    );
    expect(merged.data?.mergeClaims.links.map((l: { segmentId: string }) => l.segmentId).sort()).toEqual([s0!.id, s1!.id, s2!.id].sort());
    const split = await t.gql(
      `mutation($i: SplitClaimInput!) { splitClaim(input: $i) { source { id links { segmentId } } created { id label links { segmentId } } } }`,
      { i: { comparisonId: f.comparisonId, claimId: a, segmentIds: [s2!.id], newLabel: 'Claim C' } },
      f.owner.token,
    );
    const created = split.data?.splitClaim.created;
    expect(created).toMatchObject({ label: 'Claim C', links: [{ segmentId: s2!.id }] });
    const rel = await t.gql(
      `mutation($i: SetRelationInput!) { setRelation(input: $i) { links { segmentId relation } } }`,
      { i: { comparisonId: f.comparisonId, claimId: a, segmentId: s1!.id, relation: 'CONTRADICTS' } },
      f.owner.token,
    );
    expect(rel.data?.setRelation.links).toContainEqual({ segmentId: s1!.id, relation: 'CONTRADICTS' });
    const unlinked = await t.gql(
      `mutation($i: UnlinkSegmentInput!) { unlinkSegment(input: $i) { links { segmentId } } }`,
      { i: { comparisonId: f.comparisonId, claimId: a, segmentId: s0!.id } },
      f.owner.token,
    );
    expect(unlinked.data?.unlinkSegment.links).toEqual([{ segmentId: s1!.id }]);
    const comment = await t.gql(
      `mutation($i: AddCommentInput!) { addComment(input: $i) { id claimId body authorName resolved } }`,
      { i: { comparisonId: f.comparisonId, claimId: a, body: 'Is this right?' } },
      f.owner.token,
    );
    expect(comment.data?.addComment).toMatchObject({ claimId: a, body: 'Is this right?', resolved: false });
    const resolved = await t.gql(
      `mutation($i: ResolveCommentInput!) { resolveComment(input: $i) { id resolved } }`,
      { i: { comparisonId: f.comparisonId, commentId: comment.data?.addComment.id } },
      f.owner.token,
    );
    expect(resolved.data?.resolveComment.resolved).toBe(true);
    await waitFor(async () => {
      const res = await t.gql(
        `query($id: ID!) { comparison(id: $id) { claims { id label links { segmentId relation segment { id } } } } }`,
        { id: f.comparisonId },
        f.owner.token,
      );
      const claims = res.data?.comparison.claims as { id: string; label: string; links: { segmentId: string; relation: string }[] }[];
      const byId = new Map(claims.map((c) => [c.id, c]));
      return (
        !byId.has(b) &&
        byId.get(a)?.links.length === 1 &&
        byId.get(a)?.links[0]?.relation === 'CONTRADICTS' &&
        byId.get(created.id)?.label === 'Claim C'
      );
    }, 'Comparison.claims to reflect the edits');
  });

  it('tells comparisonChanged subscribers when the projection moved', async () => {
    const ws = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${f.owner.token}` },
    });
    const events: { comparisonId: string; claimCount: number }[] = [];
    const subscribed = new Promise<void>((resolve, reject) => {
      ws.subscribe(
        {
          query: `subscription($id: ID!) { comparisonChanged(id: $id) { comparisonId claimCount projectedAt } }`,
          variables: { id: f.comparisonId },
        },
        { next: (msg) => events.push(msg.data?.comparisonChanged as (typeof events)[number]), error: reject, complete: () => undefined },
      );
      setTimeout(resolve, 300);
    });
    await subscribed;
    await createClaim('Announced');
    await waitFor(() => events.length > 0, 'a comparisonChanged event');
    expect(events[0]).toMatchObject({ comparisonId: f.comparisonId });
    await ws.dispose();
  });
});

describe('named versions', () => {
  it('creates, lists, compares and restores versions; a restore is a new change', async () => {
    const g = await createComparisonFixture(t, 2, 2);
    const gq = (q: string, v: Record<string, unknown>) => t.gql(q, v, g.owner.token);
    const create = async (label: string) =>
      (await gq(CREATE, { input: { comparisonId: g.comparisonId, label } })).data!.createClaim.id as string;
    const keep = await create('Kept');
    const version = await gq(`mutation($c: ID!) { createVersion(comparisonId: $c, name: "v1") { id name } }`, { c: g.comparisonId });
    const v1 = version.data!.createVersion.id as string;
    await gq(RENAME, { input: { comparisonId: g.comparisonId, claimId: keep, label: 'Kept, renamed' } });
    const added = await create('Added after v1');
    await gq(LINK, { input: { comparisonId: g.comparisonId, claimId: keep, segmentId: g.segments[0]!.id, relation: 'VERBATIM' } });
    const listed = await gq(`query($id: ID!) { comparison(id: $id) { versions { id name } } }`, { id: g.comparisonId });
    expect(listed.data?.comparison.versions).toEqual([{ id: v1, name: 'v1' }]);
    const diff = await gq(
      `query($c: ID!, $v: ID!) { compareVersions(comparisonId: $c, fromVersionId: $v) { claimsAdded { id label } claimsRenamed { claimId from to } linksAdded { claimId segmentId } claimsRemoved { id } } }`,
      { c: g.comparisonId, v: v1 },
    );
    expect(diff.data?.compareVersions).toEqual({
      claimsAdded: [{ id: added, label: 'Added after v1' }],
      claimsRenamed: [{ claimId: keep, from: 'Kept', to: 'Kept, renamed' }],
      linksAdded: [{ claimId: keep, segmentId: g.segments[0]!.id }],
      claimsRemoved: [],
    });
    const logBefore = await t.prisma.collabUpdate.count({ where: { comparisonId: g.comparisonId } });
    const restored = await gq(
      `mutation($v: ID!) { restoreVersion(versionId: $v) { version { id } changes { claimsRemoved { id } claimsRenamed { to } linksRemoved { segmentId } } } }`,
      { v: v1 },
    );
    expect(restored.data?.restoreVersion.changes).toEqual({
      claimsRemoved: [{ id: added }],
      claimsRenamed: [{ to: 'Kept' }],
      linksRemoved: [{ segmentId: g.segments[0]!.id }],
    });
    const rows = await t.prisma.collabUpdate.findMany({ where: { comparisonId: g.comparisonId }, orderBy: { id: 'asc' } });
    expect(rows.length).toBe(logBefore + 1);
    expect(rows.at(-1)).toMatchObject({ origin: 'restore', authorId: g.owner.userId });
    const after = await gq(
      `query($c: ID!, $v: ID!) { compareVersions(comparisonId: $c, fromVersionId: $v) { claimsAdded { id } claimsRemoved { id } claimsRenamed { claimId } linksAdded { segmentId } linksRemoved { segmentId } } }`,
      { c: g.comparisonId, v: v1 },
    );
    expect(after.data?.compareVersions).toEqual({
      claimsAdded: [],
      claimsRemoved: [],
      claimsRenamed: [],
      linksAdded: [],
      linksRemoved: [],
    });
  });
});
