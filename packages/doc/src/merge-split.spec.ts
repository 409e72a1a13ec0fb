import { alice, countUpdates, expectDocError, newDoc } from './__fixtures__/peers.js';
import { applyAutoAlignment } from './auto-align.js';
import { addComment } from './comments.js';
import { linkSegment, unlinkSegment } from './links.js';
import { mergeClaims, splitClaim } from './merge-split.js';
import { setNote } from './note.js';
import { AUTO_ALIGN_ORIGIN } from './origin.js';
import { readComparisonDoc } from './read.js';
import { resolveClaimId } from './repair.js';
import { roots } from './roots.js';
import type { Relation } from './types.js';

const link = (segmentId: string, relation: Relation = 'PARAPHRASE', confidence = 0.8) => ({
  segmentId,
  articleId: `art-${segmentId}`,
  relation,
  flags: [],
  confidence,
});

/** Three AUTO claims: t {s1, s2}, a {s3, s2}, b {s4}. */
function setup() {
  const doc = newDoc();
  applyAutoAlignment(
    doc,
    {
      claims: [
        { id: 't', label: 'Target', position: 0, links: [link('s1'), link('s2', 'VERBATIM')] },
        { id: 'a', label: 'A', position: 1, links: [link('s3'), link('s2', 'PARTIAL')] },
        { id: 'b', label: 'B', position: 2, links: [link('s4')] },
      ],
    },
    AUTO_ALIGN_ORIGIN,
  );
  return doc;
}

const claim = (doc: ReturnType<typeof newDoc>, id: string) => readComparisonDoc(doc).claims.find((c) => c.id === id);

describe('mergeClaims', () => {
  it('moves links, notes, comments and rejections to the target in one update', () => {
    const doc = setup();
    setNote(doc, 't', 'Target note', alice);
    setNote(doc, 'b', 'B note', alice);
    addComment(doc, { id: 'k', anchor: { kind: 'claim', claimId: 'a' }, body: 'about A', authorId: 'alice', authorName: 'Alice' }, alice);
    unlinkSegment(doc, 'b', 's4', alice); // a rejection of (b, s4) carries over to (t, s4)
    linkSegment(doc, { claimId: 'b', segmentId: 's5', articleId: 'art-s5', relation: 'VERBATIM' }, alice);

    let result;
    expect(
      countUpdates(doc, () => {
        result = mergeClaims(doc, 't', ['a', 'b'], alice);
      }),
    ).toBe(1);
    expect(result).toEqual({ linksMoved: 2, linksDropped: 1, commentsReanchored: 1 });
    const view = readComparisonDoc(doc);
    expect(view.claims.map((c) => c.id)).toEqual(['t']);
    const t = view.claims[0]!;
    expect(t.note).toBe('Target note\n\nB note');
    expect(t.links.map((l) => [l.segmentId, l.relation, l.origin])).toEqual([
      ['s1', 'PARAPHRASE', 'AUTO'],
      ['s2', 'VERBATIM', 'AUTO'], // the target's own link wins over the source's AUTO link
      ['s3', 'PARAPHRASE', 'HUMAN'], // moved links become HUMAN: the merge is a person's decision
      ['s5', 'VERBATIM', 'HUMAN'],
    ]);
    expect(view.comments[0]!.anchor).toEqual({ kind: 'claim', claimId: 't' });
    expect(view.rejections).toEqual([expect.objectContaining({ claimId: 't', segmentId: 's4' })]);
    expect(roots(doc).tombstones.get('a')).toMatchObject({ reason: 'merged', into: 't' });
    expect(resolveClaimId(doc, 'a')).toBe('t');
    expect(resolveClaimId(doc, 't')).toBe('t');
    expect(resolveClaimId(doc, 'nope')).toBeNull();
    expect([...roots(doc).links.keys()].filter((k) => !k.startsWith('t|'))).toEqual([]);
  });

  it('lets a HUMAN source link replace an AUTO target link on the same segment', () => {
    const doc = setup();
    linkSegment(doc, { claimId: 'a', segmentId: 's2', articleId: 'art-s2', relation: 'CONTRADICTS' }, alice);
    mergeClaims(doc, 't', ['a'], alice);
    expect(claim(doc, 't')!.links.find((l) => l.segmentId === 's2')).toMatchObject({ relation: 'CONTRADICTS', origin: 'HUMAN' });
  });

  it('validates its arguments without writing', () => {
    const doc = setup();
    expectDocError(doc, 'INVALID_ARGUMENT', () => mergeClaims(doc, 't', ['t'], alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => mergeClaims(doc, 't', [], alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => mergeClaims(doc, 't', ['a', 'a'], alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => mergeClaims(doc, 't', ['a', 'nope'], alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => mergeClaims(doc, 'nope', ['a'], alice));
  });
});

describe('splitClaim', () => {
  it('moves the given links to a new HUMAN claim placed right after the original', () => {
    const doc = setup();
    const id = splitClaim(doc, 'a', ['s2'], 'A, second half', alice, { newClaimId: 'a2' });
    expect(id).toBe('a2');
    const view = readComparisonDoc(doc);
    expect(view.claims.map((c) => c.id)).toEqual(['t', 'a', 'a2', 'b']);
    expect(claim(doc, 'a')!.links.map((l) => l.segmentId)).toEqual(['s3']);
    expect(claim(doc, 'a2')).toMatchObject({ label: 'A, second half', origin: 'HUMAN', labelOrigin: 'HUMAN', createdBy: 'alice' });
    expect(claim(doc, 'a2')!.links).toEqual([
      expect.objectContaining({ segmentId: 's2', relation: 'PARTIAL', origin: 'HUMAN', linkedBy: 'alice' }),
    ]);
  });

  it('places the new claim last when splitting the last claim', () => {
    const doc = setup();
    splitClaim(doc, 'b', ['s4'], 'B2', alice, { newClaimId: 'b2' });
    expect(readComparisonDoc(doc).claims.map((c) => c.id)).toEqual(['t', 'a', 'b', 'b2']);
  });

  it('validates its arguments without writing', () => {
    const doc = setup();
    expectDocError(doc, 'LINK_NOT_FOUND', () => splitClaim(doc, 'a', ['s1'], 'X', alice));
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => splitClaim(doc, 'nope', ['s1'], 'X', alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => splitClaim(doc, 'a', ['s3'], ' ', alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => splitClaim(doc, 'a', [], 'X', alice));
    expectDocError(doc, 'CLAIM_EXISTS', () => splitClaim(doc, 'a', ['s3'], 'X', alice, { newClaimId: 'b' }));
  });
});

describe('human merges and splits survive re-alignment', () => {
  const proposal = {
    claims: [
      { id: 't', label: 'Target', position: 0, links: [link('s1'), link('s2', 'VERBATIM')] },
      { id: 'a', label: 'A', position: 1, links: [link('s3'), link('s2', 'PARTIAL'), link('s6')] },
      { id: 'b', label: 'B', position: 2, links: [link('s4')] },
    ],
  };

  it('sends proposals for a merged claim to its target instead of re-creating it', () => {
    const doc = setup();
    mergeClaims(doc, 't', ['a'], alice);
    applyAutoAlignment(doc, proposal, AUTO_ALIGN_ORIGIN);
    expect(claim(doc, 'a')).toBeUndefined();
    expect(claim(doc, 't')!.links.map((l) => `${l.segmentId}:${l.origin}`)).toEqual(['s1:AUTO', 's2:AUTO', 's3:HUMAN', 's6:AUTO']);
  });

  it('does not put split segments back into the original claim', () => {
    const doc = setup();
    splitClaim(doc, 'a', ['s3'], 'A2', alice, { newClaimId: 'a2' });
    applyAutoAlignment(doc, proposal, AUTO_ALIGN_ORIGIN);
    expect(claim(doc, 'a')!.links.map((l) => l.segmentId)).toEqual(['s2', 's6']);
    expect(claim(doc, 'a2')!.links.map((l) => l.segmentId)).toEqual(['s3']);
  });
});
