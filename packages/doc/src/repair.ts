import type * as Y from 'yjs';
import { assertCanWrite } from './claims.js';
import { COMMENT, linkKey, parseLinkKey } from './keys.js';
import { upsertLink } from './links.js';
import type { ChangeOrigin } from './origin.js';
import { readAnchor, readLink, readTombstone } from './records.js';
import { asRecord, roots, type Roots } from './roots.js';

/**
 * Returns the id of the live claim that now stands for `claimId`: itself when it exists, else the claim it
 * was merged into (following chains of merges), or null when it was deleted or the chain leads nowhere.
 */
export function resolveLiveClaim(r: Roots, claimId: string): string | null {
  const seen = new Set<string>();
  for (let id = claimId; !seen.has(id);) {
    if (asRecord(r.claims.get(id))) return id;
    seen.add(id);
    const tomb = readTombstone(r.tombstones.get(id));
    if (tomb?.reason !== 'merged' || tomb.into === null) return null;
    id = tomb.into;
  }
  return null;
}

/**
 * Returns the id of the claim that now stands for `claimId` (itself, or the target of a merge, following
 * chains), or null when it was deleted; lets the API answer requests that name a merged claim.
 */
export function resolveClaimId(doc: Y.Doc, claimId: string): string | null {
  return resolveLiveClaim(roots(doc), claimId);
}

/** What {@link repairComparisonDoc} did. */
export interface RepairResult {
  /** Orphan links moved to the claim their claim was merged into. */
  linksRekeyed: number;
  /** Orphan or malformed links deleted. */
  linksRemoved: number;
  /** Comments moved to the claim their claim was merged into. */
  commentsReanchored: number;
}

/**
 * Fixes what concurrent edits can leave behind and returns what it did; writes nothing on a healthy doc.
 * Links and comments written to a claim while another peer merged or deleted it survive the merge as
 * orphans (their keys name a claim that is gone): they follow the merge to its target, or are removed
 * when the claim was deleted. Comments on a deleted claim are kept (shown as detached), never deleted.
 */
export function repairOrphans(r: Roots): RepairResult {
  const result: RepairResult = { linksRekeyed: 0, linksRemoved: 0, commentsReanchored: 0 };
  for (const [key, value] of [...r.links.entries()]) {
    const ids = parseLinkKey(key);
    const link = readLink(key, value);
    // A link beside a rejection of the same pair lost to a concurrent unlink (see read.ts): removed.
    if (ids && link && asRecord(r.claims.get(ids.claimId)) && !r.rejections.has(key)) continue;
    if (link && r.rejections.has(key)) {
      r.links.delete(key);
      result.linksRemoved += 1;
      continue;
    }
    r.links.delete(key);
    const live = link ? resolveLiveClaim(r, link.claimId) : null;
    const target = live === null ? null : linkKey(live, link!.segmentId);
    if (live === null || target === null || r.links.has(target) || r.rejections.has(target)) {
      result.linksRemoved += 1;
      continue;
    }
    upsertLink(r.links, live, link!.segmentId, link!);
    result.linksRekeyed += 1;
  }
  r.comments.forEach((value) => {
    const comment = asRecord(value);
    const anchor = readAnchor(comment?.get(COMMENT.anchor));
    if (anchor?.kind !== 'claim' || asRecord(r.claims.get(anchor.claimId))) return;
    const live = resolveLiveClaim(r, anchor.claimId);
    if (live === null) return;
    comment!.set(COMMENT.anchor, { kind: 'claim', claimId: live });
    result.commentsReanchored += 1;
  });
  return result;
}

/**
 * Runs {@link repairOrphans} in one transaction. The server should call it after applying remote updates
 * (debounced); the auto-aligner runs it as part of every alignment.
 */
export function repairComparisonDoc(doc: Y.Doc, origin: ChangeOrigin): RepairResult {
  assertCanWrite(doc, origin);
  let result: RepairResult = { linksRekeyed: 0, linksRemoved: 0, commentsReanchored: 0 };
  doc.transact(() => {
    result = repairOrphans(roots(doc));
  }, origin);
  return result;
}
