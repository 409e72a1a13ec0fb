import { createClaim, linkSegment, ORIGIN, readComparisonDoc, renameClaim } from '@parallax/doc';
import * as Y from 'yjs';
import type { ArticleColumn } from './grid';
import { type ClaimGridColumns, projectedView } from './projected-view';

const column = (id: string, n: number): ArticleColumn => ({
  id,
  outletName: id.toUpperCase(),
  headline: null,
  kind: 'NEWS',
  segments: Array.from({ length: n }, (_, index) => ({ id: `${id}-s${index}`, articleId: id, index, text: `Sentence ${index} of ${id}.` })),
});
// Article ids that do not sort in column order, so the doc's (articleId, segmentId) order differs from the grid's.
const articles = [column('zeta', 3), column('alpha', 3)];

/** The claimGrid the server would project from a doc: claims in doc order, links by (claim, column, sentence). */
function gridOf(doc: Y.Doc): ClaimGridColumns {
  const view = readComparisonDoc(doc);
  const links = view.claims
    .flatMap((c, ci) =>
      c.links.map((l) => {
        const ai = articles.findIndex((a) => a.id === l.articleId);
        return { l, ci, ai, si: articles[ai]!.segments.findIndex((s) => s.id === l.segmentId) };
      }),
    )
    .sort((a, b) => a.ci - b.ci || a.ai - b.ai || a.si - b.si);
  return {
    claimIds: view.claims.map((c) => c.id),
    labels: view.claims.map((c) => c.label),
    topics: view.claims.map((c) => c.topic),
    positions: view.claims.map((c) => c.position),
    notes: view.claims.map((c) => c.note),
    origins: view.claims.map((c) => c.origin),
    linkClaims: links.map((x) => x.ci),
    linkArticles: links.map((x) => x.ai),
    linkSegments: links.map((x) => x.si),
    linkRelations: links.map((x) => x.l.relation),
    linkFlags: links.map((x) => x.l.flags),
    linkOrigins: links.map((x) => x.l.origin),
    linkConfidences: links.map((x) => x.l.confidence),
  };
}

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  const o = ORIGIN.autoAlign;
  createClaim(doc, { id: 'c1', label: 'First' }, o);
  createClaim(doc, { id: 'c2', label: 'Second', topic: 'security' }, o);
  linkSegment(doc, { claimId: 'c1', segmentId: 'zeta-s2', articleId: 'zeta', relation: 'VERBATIM' }, o);
  linkSegment(doc, { claimId: 'c1', segmentId: 'alpha-s0', articleId: 'alpha', relation: 'PARTIAL', flags: ['hedged'] }, o);
  linkSegment(doc, { claimId: 'c1', segmentId: 'zeta-s0', articleId: 'zeta', relation: 'PARAPHRASE' }, o);
  linkSegment(doc, { claimId: 'c2', segmentId: 'alpha-s2', articleId: 'alpha', relation: 'CONTRADICTS' }, o);
  renameClaim(doc, 'c2', 'Second, renamed', ORIGIN.user('u1'));
  return doc;
}

// What the projection cannot know: who made a link or claim and when, and who placed or named a claim.
const comparable = (v: ReturnType<typeof readComparisonDoc>) =>
  v.claims.map(({ createdAt: _a, createdBy: _b, labelOrigin: _c, positionOrigin: _d, links, ...c }) => ({
    ...c,
    links: links.map(({ linkedAt: _e, linkedBy: _f, relationByHuman: _g, ...l }) => l),
  }));

describe('projectedView', () => {
  it('reads the claims and links of the projection as the doc holds them', () => {
    const doc = seeded();
    const view = projectedView(gridOf(doc), articles);
    expect(comparable(view)).toEqual(comparable(readComparisonDoc(doc)));
    expect(view.claims[0]!.links.map((l) => l.segmentId)).toEqual(['alpha-s0', 'zeta-s0', 'zeta-s2']);
    expect(view.claims[1]).toMatchObject({ label: 'Second, renamed', topic: 'security', positionOrigin: 'AUTO' });
    expect(view).toMatchObject({ schemaVersion: null, comments: [], rejections: [] });
  });

  it('skips links to sentences or articles the page does not have, keeping the claim', () => {
    const grid = gridOf(seeded());
    const shorter = [articles[0]!, { ...articles[1]!, segments: articles[1]!.segments.slice(0, 1) }];
    const view = projectedView(grid, shorter);
    expect(view.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(view.claims[1]!.links).toEqual([]);
    expect(projectedView(grid, [articles[0]!]).claims[0]!.links.map((l) => l.segmentId)).toEqual(['zeta-s0', 'zeta-s2']);
  });

  it('is an empty view for an empty grid', () => {
    expect(projectedView(gridOf(new Y.Doc()), articles).claims).toEqual([]);
  });
});
