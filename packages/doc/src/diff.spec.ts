import { alice, newDoc } from './__fixtures__/peers.js';
import { createClaim, deleteClaim, moveClaim, renameClaim, setClaimTopic } from './claims.js';
import { addComment } from './comments.js';
import { diffDocStates } from './diff.js';
import { linkSegment, setRelation, unlinkSegment } from './links.js';
import { readComparisonDoc } from './read.js';

describe('diffDocStates', () => {
  it('lists what changed between two versions', () => {
    const doc = newDoc();
    for (const id of ['a', 'b', 'c']) createClaim(doc, { id, label: id.toUpperCase() }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's1', articleId: 'x', relation: 'VERBATIM' }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's2', articleId: 'x', relation: 'VERBATIM' }, alice);
    linkSegment(doc, { claimId: 'c', segmentId: 's3', articleId: 'x', relation: 'VERBATIM' }, alice);
    const before = readComparisonDoc(doc);

    renameClaim(doc, 'a', 'A2', alice);
    setClaimTopic(doc, 'b', 'Topic', alice);
    moveClaim(doc, 'b', { index: 0 }, alice);
    deleteClaim(doc, 'c', alice);
    createClaim(doc, { id: 'd', label: 'D' }, alice);
    unlinkSegment(doc, 'a', 's1', alice);
    setRelation(doc, 'a', 's2', 'PARTIAL', alice);
    linkSegment(doc, { claimId: 'd', segmentId: 's4', articleId: 'x', relation: 'PARAPHRASE' }, alice);
    addComment(doc, { id: 'k', anchor: { kind: 'claim', claimId: 'd' }, body: 'new', authorId: 'a', authorName: 'A' }, alice);
    const after = readComparisonDoc(doc);

    const diff = diffDocStates(before, after);
    expect(diff.claimsAdded.map((c) => c.id)).toEqual(['d']);
    expect(diff.claimsRemoved.map((c) => c.id)).toEqual(['c']);
    expect(diff.claimsRenamed).toEqual([{ claimId: 'a', from: 'A', to: 'A2' }]);
    expect(diff.claimsChanged).toEqual([{ claimId: 'b', fields: ['topic', 'position'] }]);
    expect(diff.linksAdded.map((l) => l.segmentId)).toEqual(['s4']);
    expect(diff.linksRemoved.map((l) => l.segmentId).sort()).toEqual(['s1', 's3']);
    expect(diff.linksChanged).toEqual([
      expect.objectContaining({ fields: ['relation'], after: expect.objectContaining({ segmentId: 's2', relation: 'PARTIAL' }) }),
    ]);
    expect(diff.commentsAdded.map((c) => c.id)).toEqual(['k']);
    expect(diff.commentsRemoved).toEqual([]);
  });

  it('reports nothing between identical snapshots', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    const view = readComparisonDoc(doc);
    const diff = diffDocStates(view, structuredClone(view));
    expect(Object.values(diff).every((list) => list.length === 0)).toBe(true);
  });
});
