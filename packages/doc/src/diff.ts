import { linkKey } from './keys.js';
import type { ClaimView, CommentView, ComparisonDocView, LinkView } from './types.js';

/** A claim whose label changed. */
export interface ClaimRename {
  claimId: string;
  from: string;
  to: string;
}

/** A claim whose topic, note or position changed. */
export interface ClaimChange {
  claimId: string;
  fields: ('topic' | 'note' | 'position')[];
}

/** A link present in both versions whose content changed. */
export interface LinkChange {
  before: LinkView;
  after: LinkView;
  fields: ('articleId' | 'relation' | 'flags' | 'origin' | 'confidence' | 'linkedBy')[];
}

/** What changed between two versions of a comparison doc, for the history view. */
export interface DocStateDiff {
  claimsAdded: ClaimView[];
  claimsRemoved: ClaimView[];
  claimsRenamed: ClaimRename[];
  claimsChanged: ClaimChange[];
  linksAdded: LinkView[];
  linksRemoved: LinkView[];
  linksChanged: LinkChange[];
  commentsAdded: CommentView[];
  commentsRemoved: CommentView[];
}

const LINK_FIELDS: LinkChange['fields'] = ['articleId', 'relation', 'flags', 'origin', 'confidence', 'linkedBy'];

function linksOf(view: ComparisonDocView): Map<string, LinkView> {
  const out = new Map<string, LinkView>();
  for (const claim of view.claims) for (const link of claim.links) out.set(linkKey(link.claimId, link.segmentId), link);
  return out;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function changedLinkFields(a: LinkView, b: LinkView): LinkChange['fields'] {
  return LINK_FIELDS.filter((f) => (f === 'flags' ? a.flags.join('\u0000') !== b.flags.join('\u0000') : a[f] !== b[f]));
}

function changedClaimFields(a: ClaimView, b: ClaimView): ClaimChange['fields'] {
  const fields: ClaimChange['fields'] = [];
  if (a.topic !== b.topic) fields.push('topic');
  if (a.note !== b.note) fields.push('note');
  if (a.position !== b.position) fields.push('position');
  return fields;
}

/**
 * Compares two snapshots from {@link readComparisonDoc} (e.g. of two named versions) and lists what was
 * added, removed or changed. Lists follow the order of the snapshot they come from.
 */
export function diffDocStates(before: ComparisonDocView, after: ComparisonDocView): DocStateDiff {
  const claimsBefore = byId(before.claims);
  const claimsAfter = byId(after.claims);
  const commentsBefore = byId(before.comments);
  const commentsAfter = byId(after.comments);
  const diff: DocStateDiff = {
    claimsAdded: after.claims.filter((c) => !claimsBefore.has(c.id)),
    claimsRemoved: before.claims.filter((c) => !claimsAfter.has(c.id)),
    claimsRenamed: [],
    claimsChanged: [],
    linksAdded: [],
    linksRemoved: [],
    linksChanged: [],
    commentsAdded: after.comments.filter((c) => !commentsBefore.has(c.id)),
    commentsRemoved: before.comments.filter((c) => !commentsAfter.has(c.id)),
  };
  for (const claim of after.claims) {
    const old = claimsBefore.get(claim.id);
    if (!old) continue;
    if (old.label !== claim.label) diff.claimsRenamed.push({ claimId: claim.id, from: old.label, to: claim.label });
    const fields = changedClaimFields(old, claim);
    if (fields.length > 0) diff.claimsChanged.push({ claimId: claim.id, fields });
  }
  const linksBefore = linksOf(before);
  const linksAfter = linksOf(after);
  for (const [key, link] of linksAfter) {
    const old = linksBefore.get(key);
    if (!old) diff.linksAdded.push(link);
    else {
      const fields = changedLinkFields(old, link);
      if (fields.length > 0) diff.linksChanged.push({ before: old, after: link, fields });
    }
  }
  for (const [key, link] of linksBefore) if (!linksAfter.has(key)) diff.linksRemoved.push(link);
  return diff;
}
