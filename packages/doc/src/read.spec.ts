import { SCHEMA_VERSION } from './schema.js';
import * as Y from 'yjs';
import { alice, bob, newDoc } from './__fixtures__/peers.js';
import { createClaim, renameClaim } from './claims.js';
import { addComment } from './comments.js';
import { linkSegment } from './links.js';
import { mergeClaims } from './merge-split.js';
import { positionBetween } from './position.js';
import { observeComparisonDoc, readComparisonDoc } from './read.js';
import { roots } from './roots.js';

describe('readComparisonDoc', () => {
  it('returns a JSON-safe snapshot with sorted claims and links', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'b', label: 'B' }, alice);
    createClaim(doc, { id: 'a', label: 'A', at: { index: 0 } }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's2', articleId: 'art2', relation: 'VERBATIM' }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's1', articleId: 'art2', relation: 'VERBATIM' }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's9', articleId: 'art1', relation: 'VERBATIM' }, alice);
    const view = readComparisonDoc(doc);
    expect(view.schemaVersion).toBe(SCHEMA_VERSION);
    expect(view.claims.map((c) => c.id)).toEqual(['a', 'b']);
    expect(view.claims[0]!.links.map((l) => l.segmentId)).toEqual(['s9', 's1', 's2']);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('skips or repairs entries a misbehaving peer wrote', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    const r = roots(doc);
    const badClaim = new Y.Map<unknown>();
    r.claims.set('weird', badClaim);
    badClaim.set('position', 'high');
    badClaim.set('label', 42);
    r.claims.set('not-a-map', 'x');
    r.links.set('no-separator', new Y.Map());
    r.links.set('a|s1', { plain: 'object' });
    const link = new Y.Map<unknown>();
    r.links.set('a|s2', link);
    link.set('articleId', 'art');
    link.set('relation', 'NONSENSE');
    link.set('confidence', 7);
    r.comments.set('c', new Y.Map());
    r.rejections.set('bad', true);
    const view = readComparisonDoc(doc);
    expect(view.claims.map((c) => [c.id, c.label, c.position])).toEqual([
      ['a', 'A', 0],
      ['weird', '', 0],
    ]);
    expect(view.claims[0]!.links).toEqual([expect.objectContaining({ segmentId: 's2', relation: 'PARAPHRASE', confidence: 1, flags: [] })]);
    expect(view.comments).toEqual([]);
    expect(view.rejections).toEqual([]);
  });
});

describe('observeComparisonDoc', () => {
  it('reports each transaction once with its origin, until unsubscribed', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    createClaim(doc, { id: 'b', label: 'B' }, alice);
    addComment(doc, { anchor: { kind: 'claim', claimId: 'a' }, body: 'x', authorId: 'a', authorName: 'A' }, alice);
    const seen: unknown[] = [];
    const stop = observeComparisonDoc(doc, (origin) => seen.push(origin));
    mergeClaims(doc, 'b', ['a'], bob); // touches claims, comments and tombstones in one transaction
    renameClaim(doc, 'b', 'Renamed', alice);
    stop();
    renameClaim(doc, 'b', 'Again', alice);
    expect(seen).toEqual([bob, alice]);
  });
});

describe('positionBetween', () => {
  it('finds room at the ends and between neighbours, and reports when there is none', () => {
    expect(positionBetween(null, null)).toBe(0);
    expect(positionBetween(null, 3)).toBe(2);
    expect(positionBetween(3, null)).toBe(4);
    expect(positionBetween(1, 2)).toBe(1.5);
    expect(positionBetween(1, 1)).toBeNull();
    expect(positionBetween(1, 1 + Number.EPSILON)).toBeNull();
  });
});
