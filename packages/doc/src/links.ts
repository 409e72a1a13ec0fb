import type * as Y from 'yjs';
import { assertCanWrite, recordOrigin } from './claims.js';
import { DocOperationError } from './errors.js';
import { nowIso } from './ids.js';
import { linkKey } from './keys.js';
import { actorOf, isHumanOrigin, type ChangeOrigin } from './origin.js';
import { linkRecord, readLink, type RejectionRecord } from './records.js';
import { requireClaim, requireLink, roots, sameValue } from './roots.js';
import type { LinkView, Origin, Relation } from './types.js';
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
 * Creates the link or updates the fields that differ, and returns true when it wrote. A link is one
 * record (schema 2), so an edit rewrites it whole: of two concurrent edits of the same link the last
 * writer wins, the price of a doc less than half the size (and ~3× faster to load); edits of different links
 * never interfere.
 */
export function upsertLink(links: Y.Map<unknown>, claimId: string, segmentId: string, f: LinkFields): boolean {
  const key = linkKey(claimId, segmentId);
  const existing = readLink(key, links.get(key));
  return writeLink(links, key, {
    linkedAt: nowIso(),
    relationByHuman: false,
    ...existing,
    articleId: f.articleId,
    relation: f.relation,
    flags: f.flags,
    origin: f.origin,
    confidence: f.confidence,
    linkedBy: f.linkedBy,
  });
}

/** Stores a link as its schema-2 record unless the stored value already equals it; returns true when it wrote. */
function writeLink(links: Y.Map<unknown>, key: string, link: Omit<LinkView, 'claimId' | 'segmentId'>): boolean {
  const record = linkRecord(link);
  if (sameValue(links.get(key), record)) return false;
  links.set(key, record);
  return true;
}

/** Reads an existing link or throws LINK_NOT_FOUND (also for a malformed one). */
function requireLinkView(doc: Y.Doc, claimId: string, segmentId: string): LinkView {
  const link = readLink(linkKey(claimId, segmentId), requireLink(roots(doc), claimId, segmentId));
  if (!link) throw new DocOperationError('LINK_NOT_FOUND', `segment ${segmentId} is not linked to claim ${claimId}`);
  return link;
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
  const existing = readLink(linkKey(input.claimId, input.segmentId), r.links.get(linkKey(input.claimId, input.segmentId)));
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
function keptOrigin(link: LinkView, origin: ChangeOrigin): Origin {
  return link.origin === 'HUMAN' ? 'HUMAN' : recordOrigin(origin);
}

/** The link confirmed by the acting person: HUMAN origin, and linkedBy when nobody had claimed it. */
function confirmed(link: LinkView, origin: ChangeOrigin): LinkView {
  return { ...link, origin: keptOrigin(link, origin), linkedBy: link.linkedBy ?? actorOf(origin) };
}

/** Changes a link's relation; the link becomes HUMAN so the auto-aligner never changes it back. */
export function setRelation(doc: Y.Doc, claimId: string, segmentId: string, relation: Relation, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertId(segmentId, 'segmentId');
  assertRelation(relation);
  const link = requireLinkView(doc, claimId, segmentId);
  doc.transact(() => {
    writeLink(roots(doc).links, linkKey(claimId, segmentId), confirmed({ ...link, relation, relationByHuman: true }, origin));
  }, origin);
}

/** Replaces a link's flags; the link becomes HUMAN like any other human edit of it. */
export function setLinkFlags(doc: Y.Doc, claimId: string, segmentId: string, flags: string[], origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertId(segmentId, 'segmentId');
  const clean = checkFlags(flags);
  const link = requireLinkView(doc, claimId, segmentId);
  doc.transact(() => {
    writeLink(roots(doc).links, linkKey(claimId, segmentId), confirmed({ ...link, flags: clean }, origin));
  }, origin);
}
