import { alice, bob, countUpdates, expectDocError, newDoc } from './__fixtures__/peers.js';
import { applyAutoAlignment } from './auto-align.js';
import { createClaim } from './claims.js';
import { linkSegment, setLinkFlags, setRelation, unlinkSegment } from './links.js';
import { AUTO_ALIGN_ORIGIN } from './origin.js';
import { readComparisonDoc } from './read.js';

function docWithAutoLink() {
  const doc = newDoc();
  applyAutoAlignment(
    doc,
    {
      claims: [
        {
          id: 'c1',
          label: 'Ceasefire',
          position: 0,
          links: [{ segmentId: 's1', articleId: 'a1', relation: 'PARAPHRASE', flags: ['NUMBER_CHANGED'], confidence: 0.7 }],
        },
      ],
    },
    AUTO_ALIGN_ORIGIN,
  );
  return doc;
}

const linksOf = (doc: ReturnType<typeof newDoc>) => readComparisonDoc(doc).claims.flatMap((c) => c.links);

describe('linkSegment', () => {
  it('creates a HUMAN link with who linked it', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'c1', label: 'C' }, alice);
    linkSegment(doc, { claimId: 'c1', segmentId: 's1', articleId: 'a1', relation: 'VERBATIM', flags: ['X', 'X'] }, alice);
    expect(linksOf(doc)).toEqual([
      expect.objectContaining({
        claimId: 'c1',
        segmentId: 's1',
        articleId: 'a1',
        relation: 'VERBATIM',
        flags: ['X'],
        origin: 'HUMAN',
        confidence: 1,
        linkedBy: 'alice',
      }),
    ]);
  });

  it('confirms an existing AUTO link in place and withdraws a rejection', () => {
    const doc = docWithAutoLink();
    linkSegment(doc, { claimId: 'c1', segmentId: 's1', articleId: 'a1', relation: 'PARTIAL', confidence: 0.7 }, bob);
    expect(linksOf(doc)[0]).toMatchObject({ relation: 'PARTIAL', origin: 'HUMAN', linkedBy: 'bob', flags: [] });
    unlinkSegment(doc, 'c1', 's1', bob);
    expect(readComparisonDoc(doc).rejections).toHaveLength(1);
    linkSegment(doc, { claimId: 'c1', segmentId: 's1', articleId: 'a1', relation: 'PARTIAL' }, bob);
    expect(readComparisonDoc(doc).rejections).toEqual([]);
  });

  it('validates its arguments', () => {
    const doc = newDoc();
    createClaim(doc, { id: 'c1', label: 'C' }, alice);
    const ok = { claimId: 'c1', segmentId: 's1', articleId: 'a1', relation: 'VERBATIM' as const };
    expectDocError(doc, 'CLAIM_NOT_FOUND', () => linkSegment(doc, { ...ok, claimId: 'nope' }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => linkSegment(doc, { ...ok, relation: 'SAME' as never }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => linkSegment(doc, { ...ok, confidence: 1.5 }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => linkSegment(doc, { ...ok, segmentId: '' }, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => linkSegment(doc, { ...ok, flags: [''] }, alice));
  });
});

describe('unlinkSegment', () => {
  it('records a rejection when a person unlinks an AUTO link', () => {
    const doc = docWithAutoLink();
    unlinkSegment(doc, 'c1', 's1', alice);
    const view = readComparisonDoc(doc);
    expect(view.claims[0]!.links).toEqual([]);
    expect(view.rejections).toEqual([expect.objectContaining({ claimId: 'c1', segmentId: 's1', rejectedBy: 'alice' })]);
  });

  it('records no rejection when the auto-aligner itself unlinks', () => {
    const doc = docWithAutoLink();
    unlinkSegment(doc, 'c1', 's1', AUTO_ALIGN_ORIGIN);
    expect(readComparisonDoc(doc).rejections).toEqual([]);
  });

  it('fails on a missing link without writing', () => {
    const doc = docWithAutoLink();
    expectDocError(doc, 'LINK_NOT_FOUND', () => unlinkSegment(doc, 'c1', 's2', alice));
  });
});

describe('HUMAN links', () => {
  it('stay HUMAN when a machine origin edits them', () => {
    const doc = docWithAutoLink();
    setRelation(doc, 'c1', 's1', 'VERBATIM', alice);
    linkSegment(doc, { claimId: 'c1', segmentId: 's1', articleId: 'a1', relation: 'PARTIAL' }, AUTO_ALIGN_ORIGIN);
    setLinkFlags(doc, 'c1', 's1', ['X'], AUTO_ALIGN_ORIGIN);
    expect(linksOf(doc)[0]).toMatchObject({ relation: 'PARTIAL', flags: ['X'], origin: 'HUMAN' });
  });
});

describe('setRelation and setLinkFlags', () => {
  it('marks the link HUMAN and credits the confirming person', () => {
    const doc = docWithAutoLink();
    setRelation(doc, 'c1', 's1', 'CONTRADICTS', alice);
    expect(linksOf(doc)[0]).toMatchObject({ relation: 'CONTRADICTS', origin: 'HUMAN', linkedBy: 'alice', confidence: 0.7 });
    setLinkFlags(doc, 'c1', 's1', ['QUOTE_TRIMMED'], bob);
    expect(linksOf(doc)[0]).toMatchObject({ flags: ['QUOTE_TRIMMED'], linkedBy: 'alice' });
    expect(countUpdates(doc, () => setRelation(doc, 'c1', 's1', 'CONTRADICTS', alice))).toBe(0);
  });

  it('records that a person chose the relation, which a moved or auto link has not', () => {
    const doc = docWithAutoLink();
    expect(linksOf(doc)[0]!.relationByHuman).toBe(false);
    linkSegment(doc, { claimId: 'c1', segmentId: 's2', articleId: 'a1', relation: 'PARAPHRASE' }, alice);
    expect(linksOf(doc).find((l) => l.segmentId === 's2')!.relationByHuman).toBe(false);
    setRelation(doc, 'c1', 's1', 'PARTIAL', alice);
    expect(linksOf(doc).find((l) => l.segmentId === 's1')!.relationByHuman).toBe(true);
  });

  it('validates its arguments', () => {
    const doc = docWithAutoLink();
    expectDocError(doc, 'LINK_NOT_FOUND', () => setRelation(doc, 'c1', 'nope', 'VERBATIM', alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => setRelation(doc, 'c1', 's1', 'verbatim' as never, alice));
    expectDocError(doc, 'INVALID_ARGUMENT', () => setLinkFlags(doc, 'c1', 's1', 'X' as never, alice));
  });
});
