import { alice, bob, countUpdates, expectDocError, newDoc } from './__fixtures__/peers.js';
import { createClaim } from './claims.js';
import { addComment, deleteComment, editComment, reopenComment, resolveComment } from './comments.js';
import { readComparisonDoc } from './read.js';

function setup() {
  const doc = newDoc();
  createClaim(doc, { id: 'c1', label: 'C' }, alice);
  const rootId = addComment(
    doc,
    { id: 'r', anchor: { kind: 'claim', claimId: 'c1' }, body: 'Is this verbatim?', authorId: 'alice', authorName: 'Alice' },
    alice,
  );
  const replyId = addComment(doc, { id: 'p', parentId: rootId, body: 'No, trimmed.', authorId: 'bob', authorName: 'Bob' }, bob);
  return { doc, rootId, replyId };
}

const comment = (doc: ReturnType<typeof newDoc>, id: string) => readComparisonDoc(doc).comments.find((c) => c.id === id)!;

describe('comments', () => {
  it('threads replies under the root and inherits its anchor', () => {
    const { doc } = setup();
    const reply2 = addComment(doc, { parentId: 'p', body: 'Agreed', authorId: 'alice', authorName: 'Alice' }, alice);
    expect(comment(doc, 'r')).toMatchObject({
      threadId: 'r',
      parentId: null,
      anchor: { kind: 'claim', claimId: 'c1' },
      resolved: false,
      detached: false,
    });
    expect(comment(doc, 'p')).toMatchObject({ threadId: 'r', parentId: 'r', anchor: { kind: 'claim', claimId: 'c1' }, authorName: 'Bob' });
    expect(comment(doc, reply2)).toMatchObject({ threadId: 'r', parentId: 'p' });
  });

  it('anchors a thread to a segment span', () => {
    const doc = newDoc();
    const id = addComment(
      doc,
      { anchor: { kind: 'segment', segmentId: 's1', start: 4, end: 9 }, body: 'Odd wording', authorId: 'a', authorName: 'A' },
      alice,
    );
    expect(comment(doc, id).anchor).toEqual({ kind: 'segment', segmentId: 's1', start: 4, end: 9 });
  });

  it('resolves and reopens the whole thread from any of its comments', () => {
    const { doc } = setup();
    resolveComment(doc, 'p', bob);
    expect(comment(doc, 'r')).toMatchObject({ resolved: true, resolvedBy: 'bob' });
    expect(comment(doc, 'p')).toMatchObject({ resolved: true, resolvedBy: 'bob' });
    expect(countUpdates(doc, () => resolveComment(doc, 'r', alice))).toBe(0);
    reopenComment(doc, 'r', alice);
    expect(comment(doc, 'p')).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
  });

  it('edits a body and deletes a reply subtree or a whole thread', () => {
    const { doc } = setup();
    editComment(doc, 'p', 'No, it was trimmed.', bob);
    expect(comment(doc, 'p').body).toBe('No, it was trimmed.');
    expect(comment(doc, 'p').editedAt).not.toBeNull();
    addComment(doc, { id: 'q', parentId: 'p', body: 'sub', authorId: 'a', authorName: 'A' }, alice);
    deleteComment(doc, 'p', alice);
    expect(readComparisonDoc(doc).comments.map((c) => c.id)).toEqual(['r']);
    deleteComment(doc, 'r', alice);
    expect(readComparisonDoc(doc).comments).toEqual([]);
  });

  it('validates its arguments without writing', () => {
    const { doc } = setup();
    const base = { body: 'x', authorId: 'a', authorName: 'A' };
    expectDocError(doc, 'INVALID_ARGUMENT', () => addComment(doc, base, alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => addComment(doc, { ...base, anchor: { kind: 'claim', claimId: 'nope' } }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () =>
      addComment(doc, { ...base, anchor: { kind: 'segment', segmentId: 's', start: 5, end: 2 } }, alice),
    );
    expectDocError(doc, 'INVALID_ARGUMENT', () =>
      addComment(doc, { ...base, anchor: { kind: 'claim', claimId: 'c1' }, body: '  ' }, alice),
    );
    expectDocError(doc, 'INVALID_ARGUMENT', () =>
      addComment(doc, { ...base, parentId: 'r', anchor: { kind: 'claim', claimId: 'c1' } }, alice),
    );
    expectDocError(doc, 'COMMENT_NOT_FOUND', () => addComment(doc, { ...base, parentId: 'nope' }, alice));
    expectDocError(doc, 'COMMENT_EXISTS', () => addComment(doc, { ...base, id: 'r', anchor: { kind: 'claim', claimId: 'c1' } }, alice));
    expectDocError(doc, 'COMMENT_NOT_FOUND', () => resolveComment(doc, 'nope', alice));
    expectDocError(doc, 'COMMENT_NOT_FOUND', () => deleteComment(doc, 'nope', alice));
  });
});
