import * as Y from 'yjs';
import { alice, countUpdates, expectDocError, newDoc } from './__fixtures__/peers.js';
import { createClaim, deleteClaim, getClaimNoteText, moveClaim, renameClaim, setClaimTopic } from './claims.js';
import { addComment } from './comments.js';
import { linkSegment, unlinkSegment } from './links.js';
import { appendNote, setNote } from './note.js';
import { AUTO_ALIGN_ORIGIN, graphqlOrigin } from './origin.js';
import { readComparisonDoc } from './read.js';
import { roots } from './roots.js';

const order = (doc: Y.Doc): string[] => readComparisonDoc(doc).claims.map((c) => c.id);

describe('createClaim', () => {
  it('creates a HUMAN claim at the end with an empty collaborative note', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: '  First  ' }, alice);
    createClaim(doc, { id: 'b', label: 'Second', topic: 'Economy', note: 'why' }, alice);
    const [a, b] = readComparisonDoc(doc).claims;
    expect(a).toMatchObject({
      id: 'a',
      label: 'First',
      labelOrigin: 'HUMAN',
      origin: 'HUMAN',
      createdBy: 'alice',
      topic: null,
      note: '',
      links: [],
    });
    expect(b).toMatchObject({ id: 'b', topic: 'Economy', note: 'why' });
    expect(b!.position).toBeGreaterThan(a!.position);
    expect(getClaimNoteText(doc, 'a')).toBeInstanceOf(Y.Text);
    expect(getClaimNoteText(doc, 'missing')).toBeNull();
  });

  it('marks claims created by the auto-aligner AUTO and generates ids', () => {
    const doc = newDoc();
    const id = createClaim(doc, { label: 'Auto' }, AUTO_ALIGN_ORIGIN);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(readComparisonDoc(doc).claims[0]).toMatchObject({ origin: 'AUTO', labelOrigin: 'AUTO', createdBy: null });
  });

  it('places a claim at an index or between two claims', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    createClaim(doc, { id: 'c', label: 'C' }, alice);
    createClaim(doc, { id: 'b', label: 'B', at: { between: ['a', 'c'] } }, alice);
    createClaim(doc, { id: 'z', label: 'Z', at: { index: 0 } }, alice);
    expect(order(doc)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('rejects bad arguments without writing', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    expectDocError(doc, 'INVALID_ARGUMENT', () => createClaim(doc, { label: '   ' }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => createClaim(doc, { id: 'x|y', label: 'X' }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => createClaim(doc, { label: 'X' }, {} as never));
    expectDocError(doc, 'CLAIM_EXISTS', () => createClaim(doc, { id: 'a', label: 'A again' }, alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => createClaim(doc, { label: 'X', at: { between: ['nope', null] } }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => createClaim(doc, { label: 'X', at: { index: 5 } }, alice));
  });
});

describe('renameClaim and setClaimTopic', () => {
  it('renames an AUTO claim and marks its label HUMAN', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'Auto label' }, AUTO_ALIGN_ORIGIN);
    renameClaim(doc, 'a', 'Human label', graphqlOrigin('bob'));
    expect(readComparisonDoc(doc).claims[0]).toMatchObject({ label: 'Human label', labelOrigin: 'HUMAN', origin: 'AUTO' });
  });

  it('writes nothing when the value does not change', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'Same', topic: 'T' }, alice);
    expect(countUpdates(doc, () => renameClaim(doc, 'a', 'Same', alice))).toBe(0);
    expect(countUpdates(doc, () => setClaimTopic(doc, 'a', ' T ', alice))).toBe(0);
  });

  it('sets and clears a topic', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    setClaimTopic(doc, 'a', 'Security', alice);
    expect(readComparisonDoc(doc).claims[0]!.topic).toBe('Security');
    setClaimTopic(doc, 'a', '  ', alice);
    expect(readComparisonDoc(doc).claims[0]!.topic).toBeNull();
  });

  it('fails on unknown claims', () => {
    const doc = newDoc();
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => renameClaim(doc, 'nope', 'X', alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => setClaimTopic(doc, 'nope', 'X', alice));
  });
});

describe('moveClaim', () => {
  function abc() {
    const doc = newDoc();
    for (const id of ['a', 'b', 'c']) createClaim(doc, { id, label: id.toUpperCase() }, alice);
    return doc;
  }

  it('moves to an index among the other claims and marks the position HUMAN', () => {
    const doc = abc();
    moveClaim(doc, 'c', { index: 0 }, alice);
    expect(order(doc)).toEqual(['c', 'a', 'b']);
    moveClaim(doc, 'c', { index: 2 }, alice);
    expect(order(doc)).toEqual(['a', 'b', 'c']);
    expect(readComparisonDoc(doc).claims[2]!.positionOrigin).toBe('HUMAN');
  });

  it('moves between two claims by writing only the moved claim', () => {
    const doc = abc();
    const before = readComparisonDoc(doc).claims.map((c) => c.position);
    moveClaim(doc, 'a', { between: ['b', 'c'] }, alice);
    const after = readComparisonDoc(doc).claims;
    expect(after.map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(after.find((c) => c.id === 'b')!.position).toBe(before[1]);
    expect(after.find((c) => c.id === 'c')!.position).toBe(before[2]);
  });

  it('renumbers the claims when repeated moves exhaust the room between two neighbours', () => {
    const doc = abc();
    // Each move lands in the gap just after "a", halving it; doubles run out after ~50 halvings.
    for (let i = 0; i < 80; i += 1) {
      const ids = order(doc);
      const mover = ids[ids.length - 1]!;
      moveClaim(doc, mover, { between: [ids[0]!, ids[1]!] }, alice);
      const now = order(doc);
      expect(now[1]).toBe(mover);
    }
    const positions = readComparisonDoc(doc).claims.map((c) => c.position);
    expect(new Set(positions).size).toBe(3);
  });

  it('rejects inverted neighbours, itself as neighbour and unknown claims', () => {
    const doc = abc();
    expectDocError(doc, 'INVALID_ARGUMENT', () => moveClaim(doc, 'a', { between: ['c', 'b'] }, alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => moveClaim(doc, 'a', { between: ['a', 'b'] }, alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => moveClaim(doc, 'nope', { index: 0 }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => moveClaim(doc, 'a', { index: 1.5 }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => moveClaim(doc, 'a', { position: Number.NaN }, alice));
  });
});

describe('deleteClaim', () => {
  it('removes the claim, its links, rejections and comments in one update, and leaves a tombstone', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    createClaim(doc, { id: 'b', label: 'B' }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's1', articleId: 'art1', relation: 'VERBATIM' }, alice);
    linkSegment(doc, { claimId: 'a', segmentId: 's2', articleId: 'art1', relation: 'VERBATIM' }, alice);
    linkSegment(doc, { claimId: 'b', segmentId: 's3', articleId: 'art2', relation: 'PARTIAL' }, alice);
    unlinkSegment(doc, 'a', 's2', alice);
    addComment(doc, { anchor: { kind: 'claim', claimId: 'a' }, body: 'hm', authorId: 'alice', authorName: 'Alice' }, alice);
    addComment(doc, { anchor: { kind: 'claim', claimId: 'b' }, body: 'ok', authorId: 'alice', authorName: 'Alice' }, alice);

    expect(countUpdates(doc, () => deleteClaim(doc, 'a', alice))).toBe(1);
    const view = readComparisonDoc(doc);
    expect(view.claims.map((c) => c.id)).toEqual(['b']);
    expect(view.claims[0]!.links).toHaveLength(1);
    expect(view.rejections).toEqual([]);
    expect(view.comments.map((c) => c.body)).toEqual(['ok']);
    expect([...roots(doc).links.keys()]).toEqual(['b|s3']);
    expect(roots(doc).tombstones.get('a')).toMatchObject({ reason: 'deleted', by: 'alice' });
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => deleteClaim(doc, 'a', alice));
  });
});

describe('notes', () => {
  it('sets, appends and edits minimally', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    setNote(doc, 'a', 'The quote was trimmed.', alice);
    appendNote(doc, 'a', 'Second paragraph.', alice);
    expect(readComparisonDoc(doc).claims[0]!.note).toBe('The quote was trimmed.\n\nSecond paragraph.');
    const text = getClaimNoteText(doc, 'a')!;
    const deltas: unknown[] = [];
    text.observe((e) => deltas.push(e.delta));
    setNote(doc, 'a', 'The quote was cut.\n\nSecond paragraph.', alice);
    expect(deltas).toEqual([[{ retain: 14 }, { delete: 7 }, { insert: 'cut' }]]);
    expect(countUpdates(doc, () => setNote(doc, 'a', 'The quote was cut.\n\nSecond paragraph.', alice))).toBe(0);
  });

  it('rejects notes over the limit and unknown claims', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'a', label: 'A' }, alice);
    expectDocError(doc, 'INVALID_ARGUMENT', () => setNote(doc, 'a', 'x'.repeat(20_001), alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => setNote(doc, 'nope', 'x', alice));
  });
});
