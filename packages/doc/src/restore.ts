import type * as Y from 'yjs';
import { createClaim, deleteClaim, moveClaim, renameClaim, setClaimTopic } from './claims.js';
import { linkSegment, setLinkFlags, setRelation, unlinkSegment } from './links.js';
import { setNote } from './note.js';
import type { ChangeOrigin } from './origin.js';
import { readComparisonDoc } from './read.js';
import type { ClaimView, ComparisonDocView, LinkView } from './types.js';

/**
 * Brings the doc's claims, notes and links to the state of `target` (a stored version) through the
 * operations of @parallax/doc, inside the caller's transaction: a restore is a new change on top of the
 * history, never a rewrite of it. Comments are conversation, not state, and are left as they are.
 * Links the restore re-creates are recorded as a person's (HUMAN) links, like any link a person adds.
 */
export function restoreView(doc: Y.Doc, target: ComparisonDocView, origin: ChangeOrigin): void {
  const current = readComparisonDoc(doc);
  const wanted = new Map(target.claims.map((c) => [c.id, c]));
  for (const claim of current.claims) if (!wanted.has(claim.id)) deleteClaim(doc, claim.id, origin);
  const existing = new Map(current.claims.map((c) => [c.id, c]));
  for (const claim of target.claims) {
    const now = existing.get(claim.id);
    if (now) restoreFields(doc, now, claim, origin);
    else
      createClaim(
        doc,
        { id: claim.id, label: claim.label, topic: claim.topic, note: claim.note, at: { position: claim.position } },
        origin,
      );
    restoreLinks(doc, now?.links ?? [], claim, origin);
  }
}

function restoreFields(doc: Y.Doc, now: ClaimView, then: ClaimView, origin: ChangeOrigin): void {
  if (now.label !== then.label) renameClaim(doc, then.id, then.label, origin);
  if (now.topic !== then.topic) setClaimTopic(doc, then.id, then.topic, origin);
  if (now.note !== then.note) setNote(doc, then.id, then.note, origin);
  if (now.position !== then.position) moveClaim(doc, then.id, { position: then.position }, origin);
}

function restoreLinks(doc: Y.Doc, now: LinkView[], then: ClaimView, origin: ChangeOrigin): void {
  const current = new Map(now.map((l) => [l.segmentId, l]));
  const wanted = new Set(then.links.map((l) => l.segmentId));
  for (const link of now) if (!wanted.has(link.segmentId)) unlinkSegment(doc, then.id, link.segmentId, origin);
  for (const link of then.links) {
    const had = current.get(link.segmentId);
    if (!had) {
      const { claimId, segmentId, articleId, relation, flags, confidence } = link;
      linkSegment(doc, { claimId, segmentId, articleId, relation, flags, confidence }, origin);
      continue;
    }
    if (had.relation !== link.relation) setRelation(doc, then.id, link.segmentId, link.relation, origin);
    if (had.flags.join('\u0000') !== link.flags.join('\u0000')) setLinkFlags(doc, then.id, link.segmentId, link.flags, origin);
  }
}
