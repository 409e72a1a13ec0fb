import { roots } from './roots.js';
import * as Y from 'yjs';
import { alice, countUpdates, expectDocError, fork, newDoc, sync } from './__fixtures__/peers.js';
import { applyAutoAlignment } from './auto-align.js';
import type { AutoAlignmentProposal } from './auto-align-proposal.js';
import { deleteClaim, moveClaim, renameClaim, setClaimTopic } from './claims.js';
import { addComment } from './comments.js';
import { linkSegment, setRelation, unlinkSegment } from './links.js';
import { setNote } from './note.js';
import { AUTO_ALIGN_ORIGIN } from './origin.js';
import { readComparisonDoc } from './read.js';
import type { Relation } from './types.js';

const auto = AUTO_ALIGN_ORIGIN;
const link = (segmentId: string, relation: Relation = 'PARAPHRASE', confidence = 0.8) => ({
  segmentId,
  articleId: `art-${segmentId[1]}`,
  relation,
  flags: ['F'],
  confidence,
});

/** c1 {s1, s2}, c2 {s3}. */
const base: AutoAlignmentProposal = {
  claims: [
    { id: 'c1', label: 'Troops withdraw', position: 0, links: [link('s1', 'VERBATIM', 0.95), link('s2')] },
    { id: 'c2', label: 'Talks resume', position: 1, links: [link('s3')] },
  ],
};

const claim = (doc: Y.Doc, id: string) => readComparisonDoc(doc).claims.find((c) => c.id === id);
const segs = (doc: Y.Doc, id: string) => claim(doc, id)?.links.map((l) => `${l.segmentId}:${l.origin}`);

function aligned(): Y.Doc {
  const doc = newDoc();
  applyAutoAlignment(doc, base, auto);
  return doc;
}

describe('applyAutoAlignment', () => {
  it('creates AUTO claims and links from a proposal', () => {
    const doc = newDoc();
    const result = applyAutoAlignment(doc, base, auto);
    expect(result).toMatchObject({ claimsCreated: 2, linksAdded: 3, linksRemoved: 0 });
    expect(claim(doc, 'c1')).toMatchObject({
      label: 'Troops withdraw',
      labelOrigin: 'AUTO',
      origin: 'AUTO',
      positionOrigin: 'AUTO',
      createdBy: null,
    });
    expect(claim(doc, 'c1')!.links[0]).toMatchObject({
      segmentId: 's1',
      articleId: 'art-1',
      relation: 'VERBATIM',
      flags: ['F'],
      confidence: 0.95,
      origin: 'AUTO',
      linkedBy: null,
    });
  });

  it('is idempotent: applying the same proposal again emits no update', () => {
    const doc = aligned();
    const before = readComparisonDoc(doc);
    let result;
    expect(
      countUpdates(doc, () => {
        result = applyAutoAlignment(doc, structuredClone(base), auto);
      }),
    ).toBe(0);
    expect(result).toMatchObject({
      claimsCreated: 0,
      claimsRelabelled: 0,
      claimsMoved: 0,
      claimsRemoved: 0,
      linksAdded: 0,
      linksUpdated: 0,
      linksRemoved: 0,
    });
    expect(readComparisonDoc(doc)).toEqual(before);
  });

  it('is idempotent after human decisions too', () => {
    const doc = aligned();
    unlinkSegment(doc, 'c1', 's2', alice);
    setRelation(doc, 'c2', 's3', 'CONTRADICTS', alice);
    renameClaim(doc, 'c1', 'Withdrawal', alice);
    applyAutoAlignment(doc, base, auto);
    expect(countUpdates(doc, () => applyAutoAlignment(doc, base, auto))).toBe(0);
  });

  it('never changes or removes HUMAN links', () => {
    const doc = aligned();
    setRelation(doc, 'c2', 's3', 'CONTRADICTS', alice);
    linkSegment(doc, { claimId: 'c1', segmentId: 's9', articleId: 'art-9', relation: 'PARTIAL' }, alice);
    applyAutoAlignment(
      doc,
      {
        claims: [
          { ...base.claims[0]!, links: [link('s1', 'VERBATIM', 0.95)] },
          { ...base.claims[1]!, links: [link('s3', 'VERBATIM')] },
        ],
      },
      auto,
    );
    expect(claim(doc, 'c2')!.links[0]).toMatchObject({ relation: 'CONTRADICTS', origin: 'HUMAN' });
    expect(segs(doc, 'c1')).toEqual(['s1:AUTO', 's9:HUMAN']);
  });

  it('does not re-add a pair a person rejected, and removes it if a race re-added it', () => {
    const doc = aligned();
    const server = fork(doc);
    unlinkSegment(doc, 'c1', 's2', alice);
    applyAutoAlignment(doc, base, auto);
    expect(segs(doc, 'c1')).toEqual(['s1:AUTO']);
    // The server drops and re-adds the link before it receives the unlink: a new AUTO link meets the rejection.
    applyAutoAlignment(server, { claims: [{ ...base.claims[0]!, links: [link('s1', 'VERBATIM', 0.95)] }, base.claims[1]!] }, auto);
    applyAutoAlignment(server, base, auto);
    sync(doc, server);
    // The re-added link sits beside the rejection: readers let the rejection win at once…
    expect(segs(server, 'c1')).toEqual(['s1:AUTO']);
    expect(readComparisonDoc(server).rejections).toHaveLength(1);
    // …and the next alignment's repair removes the stored link.
    const result = applyAutoAlignment(server, base, auto);
    expect(result).toMatchObject({ skippedRejected: 1, repaired: { linksRemoved: 1 } });
    expect(roots(server).links.has('c1|s2')).toBe(false);
    expect(segs(server, 'c1')).toEqual(['s1:AUTO']);
  });

  it('does not auto-link a segment a person linked to another claim', () => {
    const doc = aligned();
    linkSegment(doc, { claimId: 'c2', segmentId: 's7', articleId: 'art-7', relation: 'VERBATIM' }, alice);
    const result = applyAutoAlignment(
      doc,
      { claims: [{ ...base.claims[0]!, links: [...base.claims[0]!.links, link('s7')] }, base.claims[1]!] },
      auto,
    );
    expect(result.skippedHumanLinked).toBe(1);
    expect(segs(doc, 'c1')).toEqual(['s1:AUTO', 's2:AUTO']);
  });

  it('updates AUTO labels, positions and link fields but keeps HUMAN labels and positions', () => {
    const doc = aligned();
    renameClaim(doc, 'c2', 'Negotiations restart', alice);
    moveClaim(doc, 'c2', { index: 0 }, alice);
    const result = applyAutoAlignment(
      doc,
      {
        claims: [
          { id: 'c1', label: 'Troops pull out', position: 5, links: [link('s1', 'PARTIAL', 0.5), link('s2')] },
          { id: 'c2', label: 'Talks restart', position: 6, links: [link('s3')] },
        ],
      },
      auto,
    );
    expect(result).toMatchObject({ claimsRelabelled: 1, claimsMoved: 1, linksUpdated: 1 });
    expect(claim(doc, 'c1')).toMatchObject({ label: 'Troops pull out', position: 5 });
    expect(claim(doc, 'c1')!.links[0]).toMatchObject({ relation: 'PARTIAL', confidence: 0.5 });
    expect(claim(doc, 'c2')).toMatchObject({ label: 'Negotiations restart', labelOrigin: 'HUMAN' });
    expect(readComparisonDoc(doc).claims.map((c) => c.id)).toEqual(['c2', 'c1']);
  });

  it('removes AUTO links no longer proposed and AUTO claims left bare, keeping curated ones', () => {
    const doc = newDoc();
    const four = ['c1', 'c2', 'c3', 'c4'].map((id, i) => ({ id, label: id, position: i, links: [link(`s${i}`)] }));
    applyAutoAlignment(doc, { claims: four }, auto);
    setNote(doc, 'c2', 'Check the wire copy', alice);
    addComment(doc, { anchor: { kind: 'claim', claimId: 'c3' }, body: '?', authorId: 'a', authorName: 'A' }, alice);
    setClaimTopic(doc, 'c4', 'Aid', alice);
    const result = applyAutoAlignment(doc, { claims: [] }, auto);
    expect(result).toMatchObject({ linksRemoved: 4, claimsRemoved: 1 });
    expect(readComparisonDoc(doc).claims.map((c) => [c.id, c.links.length])).toEqual([
      ['c2', 0],
      ['c3', 0],
      ['c4', 0],
    ]);
  });

  it('never re-creates a claim a person deleted', () => {
    const doc = aligned();
    deleteClaim(doc, 'c2', alice);
    const result = applyAutoAlignment(doc, base, auto);
    expect(result.skippedDeletedClaims).toBe(1);
    expect(claim(doc, 'c2')).toBeUndefined();
  });

  it('does not create a claim that would have no links', () => {
    const doc = aligned();
    linkSegment(doc, { claimId: 'c1', segmentId: 's5', articleId: 'art-5', relation: 'VERBATIM' }, alice);
    applyAutoAlignment(doc, { claims: [...base.claims, { id: 'c3', label: 'New', position: 2, links: [link('s5')] }] }, auto);
    expect(claim(doc, 'c3')).toBeUndefined();
  });

  it('rejects malformed proposals without writing', () => {
    const doc = aligned();
    expectDocError(doc, 'INVALID_ARGUMENT', () => applyAutoAlignment(doc, {} as never, auto));
    expectDocError(doc, 'INVALID_ARGUMENT', () => applyAutoAlignment(doc, { claims: [base.claims[0], base.claims[0]] }, auto));
    expectDocError(doc, 'INVALID_ARGUMENT', () =>
      applyAutoAlignment(doc, { claims: [{ ...base.claims[0]!, links: [link('s1'), link('s1')] }] }, auto),
    );
    expectDocError(doc, 'INVALID_ARGUMENT', () =>
      applyAutoAlignment(doc, { claims: [{ ...base.claims[0]!, links: [{ ...link('s1'), confidence: 2 }] }] }, auto),
    );
    expectDocError(doc, 'INVALID_ARGUMENT', () => applyAutoAlignment(doc, { claims: [{ ...base.claims[0]!, position: Infinity }] }, auto));
    expectDocError(doc, 'INVALID_ARGUMENT', () => applyAutoAlignment(doc, { claims: [{ ...base.claims[0]!, label: '' }] }, auto));
  });
});
