import type * as Y from 'yjs';
import { assertCanWrite, recordOrigin } from './claims.js';
import { nowIso } from './ids.js';
import { LINK, linkKey } from './keys.js';
import { actorOf, isHumanOrigin, type ChangeOrigin } from './origin.js';
import type { RejectionRecord } from './records.js';
import { asRecord, newRecord, requireClaim, requireLink, roots, setIfChanged, type RecordMap } from './roots.js';
import type { Origin, Relation } from './types.js';
import { assertConfidence, assertId, assertRelation, checkFlags } from './validate.js';

/** Input of {@link linkSegment}. */
export interface LinkSegmentInput {
  claimId: string;
  segmentId: string;
  articleId: string;
  relation: Relation;
  flags?: string[];
  /** Defaults to 1 for a human link. */
  confidence?: number;
}

/** The fields of a link other than its key. */
export interface LinkFields {
  articleId: string;
  relation: Relation;
  flags: string[];
  origin: Origin;
  confidence: number;
  linkedBy: string | null;
}

/**
 * Creates the link or updates the fields that differ, and returns true when it wrote. An existing link's
 * map is updated field by field rather than replaced, so a concurrent edit of another field survives.
 */
export function upsertLink(links: Y.Map<unknown>, claimId: string, segmentId: string, f: LinkFields): boolean {
  const key = linkKey(claimId, segmentId);
  const existing = asRecord(links.get(key));
  if (!existing) {
    links.set(key, newRecord({ [LINK.claimId]: claimId, [LINK.segmentId]: segmentId, ...linkEntries(f), [LINK.linkedAt]: nowIso() }));
    return true;
  }
  let wrote = false;
  for (const [field, value] of Object.entries(linkEntries(f))) wrote = setIfChanged(existing, field, value) || wrote;
  return wrote;
}

function linkEntries(f: LinkFields): Record<string, unknown> {
  return {
    [LINK.articleId]: f.articleId,
    [LINK.relation]: f.relation,
    [LINK.flags]: f.flags,
    [LINK.origin]: f.origin,
    [LINK.confidence]: f.confidence,
    [LINK.linkedBy]: f.linkedBy,
  };
}

/**
 * Links a segment to a claim (or updates an existing link), as a human decision: the link becomes HUMAN,
 * and a rejection of the same pair is withdrawn.
 */
export function linkSegment(doc: Y.Doc, input: LinkSegmentInput, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(input.claimId, 'claimId');
  assertId(input.segmentId, 'segmentId');
  assertId(input.articleId, 'articleId');
  assertRelation(input.relation);
  const flags = checkFlags(input.flags ?? []);
  const confidence = input.confidence ?? 1;
  assertConfidence(confidence);
  const r = roots(doc);
  requireClaim(r, input.claimId);
  const existing = asRecord(r.links.get(linkKey(input.claimId, input.segmentId)));
  doc.transact(() => {
    upsertLink(r.links, input.claimId, input.segmentId, {
      articleId: input.articleId,
      relation: input.relation,
      flags,
      origin: existing ? keptOrigin(existing, origin) : recordOrigin(origin),
      confidence,
      linkedBy: actorOf(origin),
    });
    r.rejections.delete(linkKey(input.claimId, input.segmentId));
  }, origin);
}

/**
 * Removes a link. A person's unlink also records a rejection of the pair, so the auto-aligner will not
 * propose it again. This covers HUMAN links too: most of them began as AUTO links a person confirmed or
 * relabelled, and the aligner would otherwise re-propose them.
 */
export function unlinkSegment(doc: Y.Doc, claimId: string, segmentId: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertId(segmentId, 'segmentId');
  const r = roots(doc);
  requireLink(r, claimId, segmentId);
  doc.transact(() => {
    const key = linkKey(claimId, segmentId);
    r.links.delete(key);
    if (isHumanOrigin(origin)) {
      const rejection: RejectionRecord = { rejectedBy: actorOf(origin), rejectedAt: nowIso() };
      r.rejections.set(key, rejection);
    }
  }, origin);
}

/** Returns the origin a link keeps after an edit: a HUMAN link never goes back to AUTO, whoever edits it. */
function keptOrigin(link: RecordMap, origin: ChangeOrigin): Origin {
  return link.get(LINK.origin) === 'HUMAN' ? 'HUMAN' : recordOrigin(origin);
}

/** Marks a link as confirmed by the acting person: HUMAN origin, and linkedBy when nobody had claimed it. */
function confirm(link: RecordMap, origin: ChangeOrigin): void {
  setIfChanged(link, LINK.origin, keptOrigin(link, origin));
  if (typeof link.get(LINK.linkedBy) !== 'string') setIfChanged(link, LINK.linkedBy, actorOf(origin));
}

/** Changes a link's relation; the link becomes HUMAN so the auto-aligner never changes it back. */
export function setRelation(doc: Y.Doc, claimId: string, segmentId: string, relation: Relation, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertId(segmentId, 'segmentId');
  assertRelation(relation);
  const link = requireLink(roots(doc), claimId, segmentId);
  doc.transact(() => {
    setIfChanged(link, LINK.relation, relation);
    setIfChanged(link, LINK.relationByHuman, true);
    confirm(link, origin);
  }, origin);
}

/** Replaces a link's flags; the link becomes HUMAN like any other human edit of it. */
export function setLinkFlags(doc: Y.Doc, claimId: string, segmentId: string, flags: string[], origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertId(segmentId, 'segmentId');
  const clean = checkFlags(flags);
  const link = requireLink(roots(doc), claimId, segmentId);
  doc.transact(() => {
    setIfChanged(link, LINK.flags, clean);
    confirm(link, origin);
  }, origin);
}
