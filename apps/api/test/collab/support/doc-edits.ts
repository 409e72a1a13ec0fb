import {
  appendNote,
  createClaim,
  isDocOperationError,
  linkSegment,
  moveClaim,
  ORIGIN,
  readComparisonDoc,
  renameClaim,
  RELATIONS,
  setRelation,
  unlinkSegment,
  type ComparisonDocView,
} from '@parallax/doc';
import type * as Y from 'yjs';
import type { TestApp } from '../../support/test-app.js';

/** A small deterministic random generator (mulberry32), so a failing run can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Makes one random edit through the @parallax/doc operations, as the given user in the browser would.
 * Edits that race with a concurrent delete fail validation and are skipped (the doc is untouched then).
 */
export function randomEdit(doc: Y.Doc, userId: string, segments: { id: string; articleId: string }[], random: () => number): void {
  const origin = ORIGIN.user(userId);
  const claims = readComparisonDoc(doc).claims;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  try {
    if (claims.length < 3 || roll < 0.2) {
      createClaim(doc, { label: `claim ${Math.floor(random() * 1e6)}` }, origin);
    } else if (roll < 0.4) {
      renameClaim(doc, pick(claims).id, `label ${Math.floor(random() * 1e6)}`, origin);
    } else if (roll < 0.65) {
      const s = pick(segments);
      linkSegment(doc, { claimId: pick(claims).id, segmentId: s.id, articleId: s.articleId, relation: pick([...RELATIONS]) }, origin);
    } else if (roll < 0.75) {
      const claim = pick(claims.filter((c) => c.links.length > 0).concat(claims));
      if (claim.links.length > 0) setRelation(doc, claim.id, pick(claim.links).segmentId, pick([...RELATIONS]), origin);
    } else if (roll < 0.85) {
      const claim = pick(claims);
      if (claim.links.length > 0) unlinkSegment(doc, claim.id, pick(claim.links).segmentId, origin);
    } else if (roll < 0.93) {
      appendNote(doc, pick(claims).id, `note ${Math.floor(random() * 1e3)}`, origin);
    } else {
      moveClaim(doc, pick(claims).id, { index: Math.floor(random() * claims.length) }, origin);
    }
  } catch (err) {
    if (!isDocOperationError(err)) throw err;
  }
}

/** Reads the projected Claim / Alignment rows in the shape of the doc view's claims, for comparison. */
export async function projectedClaims(t: TestApp, comparisonId: string) {
  const claims = await t.prisma.claim.findMany({
    where: { comparisonId },
    include: { alignments: { orderBy: [{ articleId: 'asc' }, { segmentId: 'asc' }] } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  return claims.map((c) => ({
    id: c.id,
    label: c.label,
    topic: c.topic,
    position: c.position,
    note: c.note,
    origin: c.origin,
    links: c.alignments.map((a) => ({
      segmentId: a.segmentId,
      relation: a.relation,
      flags: a.flags,
      origin: a.origin,
      confidence: a.confidence,
    })),
  }));
}

/** The doc view's claims, reduced to the fields the projection stores. */
export function claimsOfView(view: ComparisonDocView) {
  return view.claims.map((c) => ({
    id: c.id,
    label: c.label,
    topic: c.topic,
    position: c.position,
    note: c.note,
    origin: c.origin,
    links: c.links.map((l) => ({
      segmentId: l.segmentId,
      relation: l.relation,
      flags: l.flags,
      origin: l.origin,
      confidence: l.confidence,
    })),
  }));
}
