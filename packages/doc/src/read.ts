import type * as Y from 'yjs';
import { orderedClaims } from './position.js';
import { readClaimFields, readComment, readLink, readRejection, type StoredComment } from './records.js';
import { comparisonRootTypes, roots, type Roots } from './roots.js';
import { getSchemaVersion } from './schema.js';
import type { ClaimView, CommentView, ComparisonDocView, LinkView, RejectionView } from './types.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Returns a plain JSON snapshot of the doc: claims in display order with their links, comments and
 * rejections. Malformed entries and links whose claim is gone (left by a concurrent delete or merge until
 * the doc is repaired) are left out, so the projector only ever sees a consistent state.
 */
export function readComparisonDoc(doc: Y.Doc): ComparisonDocView {
  const r = roots(doc);
  const linksByClaim = groupLinks(r);
  const claims: ClaimView[] = orderedClaims(r).map(({ id, map }) => ({
    ...readClaimFields(id, map),
    links: (linksByClaim.get(id) ?? []).sort((a, b) => byText(a.articleId, b.articleId) || byText(a.segmentId, b.segmentId)),
  }));
  return {
    schemaVersion: getSchemaVersion(doc),
    claims,
    comments: readComments(r),
    rejections: readRejections(r),
  };
}

function groupLinks(r: Roots): Map<string, LinkView[]> {
  const out = new Map<string, LinkView[]>();
  r.links.forEach((value, key) => {
    const link = readLink(key, value);
    // Orphans (links whose claim is gone) are grouped too but never read: only live claims are listed.
    // A link next to a rejection of the same pair was edited while a person unlinked it (a link is one
    // record, so the edit re-set it): the unlink wins, as it did when the edit went into a deleted map.
    if (!link || r.rejections.has(key)) return;
    const list = out.get(link.claimId) ?? [];
    list.push(link);
    out.set(link.claimId, list);
  });
  return out;
}

function readComments(r: Roots): CommentView[] {
  const stored = new Map<string, StoredComment>();
  r.comments.forEach((value, id) => {
    const comment = readComment(id, value);
    if (comment) stored.set(id, comment);
  });
  const views = [...stored.values()].map((c): CommentView => {
    // Resolution lives on the thread root, so a reply shows its thread's state.
    const root = stored.get(c.threadId) ?? c;
    return {
      ...c,
      resolved: root.resolved,
      resolvedBy: root.resolvedBy,
      resolvedAt: root.resolvedAt,
      detached: c.anchor.kind === 'claim' && !r.claims.has(c.anchor.claimId),
    };
  });
  return views.sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id));
}

function readRejections(r: Roots): RejectionView[] {
  const out: RejectionView[] = [];
  r.rejections.forEach((value, key) => {
    const rejection = readRejection(key, value);
    if (rejection) out.push(rejection);
  });
  return out.sort((a, b) => byText(a.claimId, b.claimId) || byText(a.segmentId, b.segmentId));
}

/**
 * Calls `onChange` once per transaction that changed anything in the comparison doc (whatever the number
 * of root types it touched), after the transaction, with its origin. Returns a function that unsubscribes.
 */
export function observeComparisonDoc(doc: Y.Doc, onChange: (origin: unknown, transaction: Y.Transaction) => void): () => void {
  // Deep observers of several roots each fire for the same transaction; remember which ones were reported.
  const reported = new WeakSet<Y.Transaction>();
  const handler = (_events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void => {
    if (reported.has(transaction)) return;
    reported.add(transaction);
    onChange(transaction.origin, transaction);
  };
  const types = comparisonRootTypes(doc);
  types.forEach((type) => type.observeDeep(handler));
  return () => types.forEach((type) => type.unobserveDeep(handler));
}
