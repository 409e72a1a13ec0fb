import type * as Y from 'yjs';
import { assertCanWrite, commentsAnchoredTo, newClaimRecord } from './claims.js';
import {
  checkProposal,
  type AutoAlignmentClaimProposal,
  type AutoAlignmentLinkProposal,
  type AutoAlignmentProposal,
} from './auto-align-proposal.js';
import { CLAIM, linkKey, parseLinkKey } from './keys.js';
import { upsertLink } from './links.js';
import type { ChangeOrigin } from './origin.js';
import { noteOf, readLink } from './records.js';
import { repairOrphans, resolveLiveClaim, type RepairResult } from './repair.js';
import { asRecord, roots, setIfChanged, type Roots } from './roots.js';

/** Counts of what {@link applyAutoAlignment} changed or deliberately left alone. */
export interface AutoAlignmentResult {
  claimsCreated: number;
  claimsRelabelled: number;
  claimsMoved: number;
  claimsRemoved: number;
  linksAdded: number;
  linksUpdated: number;
  linksRemoved: number;
  /** Proposed links not added because a person rejected the pair. */
  skippedRejected: number;
  /** Proposed links not added because a person linked the segment to another claim. */
  skippedHumanLinked: number;
  /** Proposed claims ignored because a person deleted them. */
  skippedDeletedClaims: number;
  repaired: RepairResult;
}

interface Group {
  own: AutoAlignmentClaimProposal | null;
  links: Map<string, AutoAlignmentLinkProposal>;
}

/**
 * Merges the aligner's proposal into the doc in one transaction, keeping every human decision: HUMAN links
 * are never changed or removed; rejected pairs are not re-added; a segment a person linked to some claim
 * is not auto-linked to another; HUMAN labels and positions are kept; a proposal for a claim a person merged
 * away goes to the merge target, and one for a claim a person deleted is ignored. AUTO links no longer
 * proposed are removed, and so are AUTO claims left with no links and no human curation (label, topic,
 * note or comments). Applying the same proposal twice writes nothing the second time. The proposal is
 * validated at run time too (INVALID_ARGUMENT), since it may come from another process.
 */
export function applyAutoAlignment(doc: Y.Doc, proposal: AutoAlignmentProposal, origin: ChangeOrigin): AutoAlignmentResult {
  assertCanWrite(doc, origin);
  const clean = checkProposal(proposal);
  const r = roots(doc);
  const result: AutoAlignmentResult = {
    claimsCreated: 0,
    claimsRelabelled: 0,
    claimsMoved: 0,
    claimsRemoved: 0,
    linksAdded: 0,
    linksUpdated: 0,
    linksRemoved: 0,
    skippedRejected: 0,
    skippedHumanLinked: 0,
    skippedDeletedClaims: 0,
    repaired: { linksRekeyed: 0, linksRemoved: 0, commentsReanchored: 0 },
  };
  doc.transact(() => {
    result.repaired = repairOrphans(r);
    const groups = groupByLiveClaim(r, clean.claims, result);
    const humanSegments = humanLinkedSegments(r);
    const keep = new Set<string>();
    for (const [claimId, group] of groups) applyGroup(r, claimId, group, humanSegments, keep, result);
    removeUnproposedAutoLinks(r, keep, result);
    removeBareAutoClaims(r, result);
  }, origin);
  return result;
}

/** Groups proposals by the live claim they now stand for, following human merges. */
function groupByLiveClaim(r: Roots, claims: AutoAlignmentClaimProposal[], result: AutoAlignmentResult): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const proposal of claims) {
    let claimId = resolveLiveClaim(r, proposal.id);
    if (claimId === null && r.tombstones.has(proposal.id)) {
      result.skippedDeletedClaims += 1;
      continue;
    }
    claimId ??= proposal.id;
    const group = groups.get(claimId) ?? { own: null, links: new Map() };
    if (claimId === proposal.id) group.own = proposal;
    for (const link of proposal.links) if (!group.links.has(link.segmentId)) group.links.set(link.segmentId, link);
    groups.set(claimId, group);
  }
  return groups;
}

function humanLinkedSegments(r: Roots): Set<string> {
  const segments = new Set<string>();
  r.links.forEach((value, key) => {
    const link = readLink(key, value);
    if (link?.origin === 'HUMAN') segments.add(link.segmentId);
  });
  return segments;
}

function applyGroup(
  r: Roots,
  claimId: string,
  group: Group,
  humanSegments: Set<string>,
  keep: Set<string>,
  result: AutoAlignmentResult,
): void {
  const toAdd: AutoAlignmentLinkProposal[] = [];
  for (const link of group.links.values()) {
    const key = linkKey(claimId, link.segmentId);
    const existing = readLink(key, r.links.get(key));
    if (existing?.origin === 'HUMAN') continue;
    if (r.rejections.has(key)) result.skippedRejected += 1;
    else if (existing) {
      keep.add(key);
      if (upsertLink(r.links, claimId, link.segmentId, autoFields(link))) result.linksUpdated += 1;
    } else if (humanSegments.has(link.segmentId)) result.skippedHumanLinked += 1;
    else toAdd.push(link);
  }
  if (!updateOrCreateClaim(r, claimId, group.own, toAdd.length > 0, result)) return;
  for (const link of toAdd) {
    upsertLink(r.links, claimId, link.segmentId, autoFields(link));
    keep.add(linkKey(claimId, link.segmentId));
    result.linksAdded += 1;
  }
}

function autoFields(link: AutoAlignmentLinkProposal) {
  return { ...link, origin: 'AUTO' as const, linkedBy: null };
}

/** Updates AUTO label and position of an existing claim, or creates it when it gets links; false if absent. */
function updateOrCreateClaim(
  r: Roots,
  claimId: string,
  own: AutoAlignmentClaimProposal | null,
  hasNewLinks: boolean,
  result: AutoAlignmentResult,
): boolean {
  const claim = asRecord(r.claims.get(claimId));
  if (!claim) {
    // Never create an empty claim: it would be removed by the next run, so re-runs would not be idempotent.
    if (!own || !hasNewLinks) return false;
    const fields = {
      id: claimId,
      label: own.label,
      topic: null,
      note: '',
      position: own.position,
      origin: 'AUTO' as const,
      createdBy: null,
    };
    r.claims.set(claimId, newClaimRecord(fields));
    result.claimsCreated += 1;
    return true;
  }
  if (own && claim.get(CLAIM.labelOrigin) === 'AUTO' && setIfChanged(claim, CLAIM.label, own.label)) result.claimsRelabelled += 1;
  if (own && claim.get(CLAIM.positionOrigin) === 'AUTO' && setIfChanged(claim, CLAIM.position, own.position)) result.claimsMoved += 1;
  return true;
}

/** Removes AUTO links that were not (re-)proposed, including those a person has since rejected. */
function removeUnproposedAutoLinks(r: Roots, keep: Set<string>, result: AutoAlignmentResult): void {
  for (const [key, value] of [...r.links.entries()]) {
    if (readLink(key, value)?.origin === 'AUTO' && !keep.has(key)) {
      r.links.delete(key);
      result.linksRemoved += 1;
    }
  }
}

/** Removes AUTO claims left without links that no person has curated. */
function removeBareAutoClaims(r: Roots, result: AutoAlignmentResult): void {
  const linked = new Set<string>();
  for (const key of r.links.keys()) {
    const ids = parseLinkKey(key);
    if (ids) linked.add(ids.claimId);
  }
  for (const [claimId, value] of [...r.claims.entries()]) {
    const claim = asRecord(value);
    if (!claim || linked.has(claimId)) continue;
    const curated =
      claim.get(CLAIM.origin) !== 'AUTO' ||
      claim.get(CLAIM.labelOrigin) !== 'AUTO' ||
      claim.get(CLAIM.topic) != null ||
      (noteOf(claim)?.toString().trim() ?? '') !== '' ||
      commentsAnchoredTo(r, claimId).length > 0;
    if (curated) continue;
    r.claims.delete(claimId);
    result.claimsRemoved += 1;
  }
}
