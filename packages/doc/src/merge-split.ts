import type * as Y from 'yjs';
import { assertCanWrite, commentsAnchoredTo, newClaimRecord, recordOrigin } from './claims.js';
import { DocOperationError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { COMMENT, KEY_SEPARATOR, linkKey } from './keys.js';
import { upsertLink } from './links.js';
import { appendParagraph } from './note.js';
import { actorOf, type ChangeOrigin } from './origin.js';
import { orderedClaims, resolvePlacement } from './position.js';
import { noteOf, readLink, type TombstoneRecord } from './records.js';
import { asRecord, linksOfClaim, requireClaim, requireLink, roots, type Roots } from './roots.js';
import type { LinkView, Origin } from './types.js';
import { assertDistinctIds, assertId, checkLabel } from './validate.js';

/** What {@link mergeClaims} did. */
export interface MergeResult {
  linksMoved: number;
  /** Source links dropped because the target already linked the same segment. */
  linksDropped: number;
  commentsReanchored: number;
}

/**
 * Merges source claims into the target in one transaction: their links move to the target (where both
 * link a segment, the target's link is kept unless only the source's is HUMAN), their notes are appended
 * to the target's note, their comments are re-anchored to the target, their rejections carry over, and
 * they are deleted with a tombstone pointing at the target. Moved links become HUMAN: the merge is a
 * person's decision that those segments belong to the target, which the auto-aligner must not undo.
 */
export function mergeClaims(doc: Y.Doc, targetId: string, sourceIds: string[], origin: ChangeOrigin): MergeResult {
  assertCanWrite(doc, origin);
  assertId(targetId, 'targetId');
  assertDistinctIds(sourceIds, 'sourceIds');
  if (sourceIds.includes(targetId)) throw new DocOperationError('INVALID_ARGUMENT', 'a claim cannot be merged into itself');
  const r = roots(doc);
  const target = requireClaim(r, targetId);
  const sources = sourceIds.map((id) => requireClaim(r, id));
  const result: MergeResult = { linksMoved: 0, linksDropped: 0, commentsReanchored: 0 };
  doc.transact(() => {
    sourceIds.forEach((sourceId, i) => {
      moveLinksInto(r, sourceId, targetId, origin, result);
      moveRejectionsInto(r, sourceId, targetId);
      result.commentsReanchored += reanchorComments(r, sourceId, targetId);
      const targetNote = noteOf(target);
      const sourceNote = noteOf(sources[i]!)?.toString() ?? '';
      if (targetNote) appendParagraph(targetNote, sourceNote);
      const tomb: TombstoneRecord = { reason: 'merged', into: targetId, by: actorOf(origin), at: nowIso() };
      r.tombstones.set(sourceId, tomb);
      r.claims.delete(sourceId);
    });
  }, origin);
  return result;
}

function moveLinksInto(r: Roots, sourceId: string, targetId: string, origin: ChangeOrigin, result: MergeResult): void {
  for (const [segmentId, map] of linksOfClaim(r, sourceId)) {
    const key = linkKey(sourceId, segmentId);
    const link = readLink(key, map);
    r.links.delete(key);
    if (!link) continue;
    const existing = readLink(linkKey(targetId, segmentId), r.links.get(linkKey(targetId, segmentId)));
    if (existing && !(existing.origin === 'AUTO' && link.origin === 'HUMAN')) {
      result.linksDropped += 1;
      continue;
    }
    writeMovedLink(r, targetId, link, recordOrigin(origin), actorOf(origin) ?? link.linkedBy);
    result.linksMoved += 1;
  }
}

function writeMovedLink(r: Roots, claimId: string, link: LinkView, origin: Origin, linkedBy: string | null): void {
  upsertLink(r.links, claimId, link.segmentId, {
    articleId: link.articleId,
    relation: link.relation,
    flags: link.flags,
    origin,
    confidence: link.confidence,
    linkedBy,
  });
  // A person just put this segment into the claim, which withdraws any earlier rejection of the pair.
  r.rejections.delete(linkKey(claimId, link.segmentId));
}

function moveRejectionsInto(r: Roots, sourceId: string, targetId: string): void {
  const prefix = sourceId + KEY_SEPARATOR;
  for (const key of [...r.rejections.keys()]) {
    if (!key.startsWith(prefix)) continue;
    const value = r.rejections.get(key);
    r.rejections.delete(key);
    const segmentId = key.slice(prefix.length);
    const targetKey = linkKey(targetId, segmentId);
    if (!r.links.has(targetKey) && !r.rejections.has(targetKey)) r.rejections.set(targetKey, value);
  }
}

/** Re-anchors every comment on one claim to another; returns how many moved. */
export function reanchorComments(r: Roots, fromClaimId: string, toClaimId: string): number {
  const ids = commentsAnchoredTo(r, fromClaimId);
  for (const id of ids) asRecord(r.comments.get(id))?.set(COMMENT.anchor, { kind: 'claim', claimId: toClaimId });
  return ids.length;
}

/** Options of {@link splitClaim}. */
export interface SplitOptions {
  /** A caller-chosen id for the new claim; a UUID by default. */
  newClaimId?: string;
}

/**
 * Moves the links of the given segments from a claim to a new claim placed right after it, and returns the
 * new claim's id. The new claim and the moved links are HUMAN, so the auto-aligner keeps the split.
 */
export function splitClaim(
  doc: Y.Doc,
  claimId: string,
  segmentIds: string[],
  newLabel: string,
  origin: ChangeOrigin,
  options: SplitOptions = {},
): string {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertDistinctIds(segmentIds, 'segmentIds');
  const label = checkLabel(newLabel, 'newLabel');
  const newIdValue = options.newClaimId ?? newId();
  assertId(newIdValue, 'newClaimId');
  const r = roots(doc);
  requireClaim(r, claimId);
  if (r.claims.has(newIdValue)) throw new DocOperationError('CLAIM_EXISTS', `claim ${newIdValue} already exists`);
  const links = segmentIds.map((segmentId) => {
    const key = linkKey(claimId, segmentId);
    const link = readLink(key, requireLink(r, claimId, segmentId));
    if (!link) throw new DocOperationError('LINK_NOT_FOUND', `link ${key} is malformed`);
    return link;
  });
  doc.transact(() => {
    const index = orderedClaims(r).findIndex((c) => c.id === claimId) + 1;
    const position = resolvePlacement(r, { index });
    const by = recordOrigin(origin);
    r.claims.set(
      newIdValue,
      newClaimRecord({ id: newIdValue, label, topic: null, note: '', position, origin: by, createdBy: actorOf(origin) }),
    );
    for (const link of links) {
      r.links.delete(linkKey(claimId, link.segmentId));
      writeMovedLink(r, newIdValue, link, by, actorOf(origin) ?? link.linkedBy);
    }
  }, origin);
  return newIdValue;
}
