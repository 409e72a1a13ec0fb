import * as Y from 'yjs';
import { DocOperationError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { CLAIM, COMMENT, KEY_SEPARATOR, linkKey } from './keys.js';
import { actorOf, type ChangeOrigin } from './origin.js';
import { positionAtEnd, resolvePlacement, type ClaimPlacement } from './position.js';
import { noteOf, readAnchor, type TombstoneRecord } from './records.js';
import { asRecord, linksOfClaim, newRecord, requireClaim, roots, setIfChanged, type Roots } from './roots.js';
import { assertWritable } from './schema.js';
import { assertId, assertNote, assertOrigin, checkLabel, checkTopic } from './validate.js';
import type { Origin } from './types.js';

/** Returns AUTO for changes made by the auto-aligner and HUMAN for everything else. */
export function recordOrigin(origin: ChangeOrigin): Origin {
  return origin.kind === 'auto-align' ? 'AUTO' : 'HUMAN';
}

/** Input of {@link createClaim}. */
export interface CreateClaimInput {
  /** A caller-chosen id (e.g. to return it from a mutation); a UUID by default. */
  id?: string;
  label: string;
  topic?: string | null;
  note?: string;
  /** Where to put the claim; at the end by default. */
  at?: ClaimPlacement;
}

/** Validates the common arguments of every operation: a writable doc and a real origin. */
export function assertCanWrite(doc: Y.Doc, origin: ChangeOrigin): void {
  assertOrigin(origin);
  assertWritable(doc);
}

/** Creates a claim and returns its id. Throws CLAIM_EXISTS, CLAIM_NOT_FOUND (placement) or INVALID_ARGUMENT. */
export function createClaim(doc: Y.Doc, input: CreateClaimInput, origin: ChangeOrigin): string {
  assertCanWrite(doc, origin);
  const id = input.id ?? newId();
  assertId(id, 'id');
  const label = checkLabel(input.label);
  const topic = checkTopic(input.topic ?? null);
  const note = input.note ?? '';
  assertNote(note);
  const r = roots(doc);
  if (r.claims.has(id)) throw new DocOperationError('CLAIM_EXISTS', `claim ${id} already exists`);
  doc.transact(() => {
    const position = input.at ? resolvePlacement(r, input.at) : positionAtEnd(r);
    const by = recordOrigin(origin);
    r.claims.set(id, newClaimRecord({ id, label, topic, note, position, origin: by, createdBy: actorOf(origin) }));
  }, origin);
  return id;
}

/**
 * Builds a claim map. The note's Y.Text is created here, with the claim, and never replaced: if two peers
 * each lazily created a note text under the same key, one text (with everything typed into it) would lose.
 */
export function newClaimRecord(f: {
  id: string;
  label: string;
  topic: string | null;
  note: string;
  position: number;
  origin: Origin;
  createdBy: string | null;
}): Y.Map<unknown> {
  return newRecord({
    [CLAIM.id]: f.id,
    [CLAIM.label]: f.label,
    [CLAIM.labelOrigin]: f.origin,
    [CLAIM.topic]: f.topic,
    [CLAIM.position]: f.position,
    [CLAIM.positionOrigin]: f.origin,
    [CLAIM.note]: new Y.Text(f.note),
    [CLAIM.origin]: f.origin,
    [CLAIM.createdBy]: f.createdBy,
    [CLAIM.createdAt]: nowIso(),
  });
}

/** Renames a claim; a human rename marks the label HUMAN so the auto-aligner keeps it. */
export function renameClaim(doc: Y.Doc, claimId: string, label: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  const clean = checkLabel(label);
  const claim = requireClaim(roots(doc), claimId);
  doc.transact(() => {
    // Label and its origin are separate fields: a concurrent topic or position edit is never clobbered.
    setIfChanged(claim, CLAIM.label, clean);
    setIfChanged(claim, CLAIM.labelOrigin, recordOrigin(origin));
  }, origin);
}

/** Sets or clears (null or blank) a claim's topic. */
export function setClaimTopic(doc: Y.Doc, claimId: string, topic: string | null, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  const clean = checkTopic(topic);
  const claim = requireClaim(roots(doc), claimId);
  doc.transact(() => setIfChanged(claim, CLAIM.topic, clean), origin);
}

/** Moves a claim to an index, between two claims, or to a position; returns its new position. */
export function moveClaim(doc: Y.Doc, claimId: string, to: ClaimPlacement, origin: ChangeOrigin): number {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  const r = roots(doc);
  const claim = requireClaim(r, claimId);
  let position = 0;
  doc.transact(() => {
    position = resolvePlacement(r, to, claimId);
    setIfChanged(claim, CLAIM.position, position);
    setIfChanged(claim, CLAIM.positionOrigin, recordOrigin(origin));
  }, origin);
  return position;
}

/**
 * Deletes a claim together with its links, its rejections and the comment threads anchored to it, in one
 * transaction, and leaves a tombstone so the auto-aligner does not bring the claim back.
 */
export function deleteClaim(doc: Y.Doc, claimId: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  const r = roots(doc);
  requireClaim(r, claimId);
  doc.transact(() => {
    for (const [segmentId] of linksOfClaim(r, claimId)) r.links.delete(linkKey(claimId, segmentId));
    for (const key of [...r.rejections.keys()]) if (key.startsWith(claimId + KEY_SEPARATOR)) r.rejections.delete(key);
    for (const id of commentsAnchoredTo(r, claimId)) r.comments.delete(id);
    const tomb: TombstoneRecord = { reason: 'deleted', into: null, by: actorOf(origin), at: nowIso() };
    r.tombstones.set(claimId, tomb);
    r.claims.delete(claimId);
  }, origin);
}

/** Returns the ids of comments (roots and replies) whose anchor is the given claim. */
export function commentsAnchoredTo(r: Roots, claimId: string): string[] {
  const ids: string[] = [];
  r.comments.forEach((value, id) => {
    const anchor = readAnchor(asRecord(value)?.get(COMMENT.anchor));
    if (anchor?.kind === 'claim' && anchor.claimId === claimId) ids.push(id);
  });
  return ids;
}

/**
 * Returns the live Y.Text of a claim's note, for binding to an editor so several people can type in it at
 * once, or null when the claim does not exist.
 */
export function getClaimNoteText(doc: Y.Doc, claimId: string): Y.Text | null {
  const claim = asRecord(roots(doc).claims.get(claimId));
  return claim ? noteOf(claim) : null;
}
