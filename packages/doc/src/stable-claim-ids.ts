import type { AutoAlignmentProposal } from './auto-align-proposal.js';
import type { ComparisonDocView } from './types.js';

/**
 * What an aligner proposes, in its own deterministic claim ids. `AlignmentResult` of @parallax/align has
 * this shape; the doc package does not depend on the aligner.
 */
export type AlignerProposal = AutoAlignmentProposal;

/**
 * Turns the aligner's result into a doc proposal whose claim ids survive re-runs: a proposed claim takes
 * the id of the existing claim it shares most segments with (at least half of its own), so people's notes,
 * comments and labels stay attached when the aligner regroups a few sentences. Otherwise it keeps the
 * aligner's deterministic id. Read `current` in the same transaction that applies the proposal, so no
 * edit can land between the read and the write.
 */
export function withStableClaimIds(result: AlignerProposal, current: ComparisonDocView): AutoAlignmentProposal {
  const idFor = stableIds(result, claimsOfSegments(current));
  return {
    claims: result.claims.map((c) => ({
      id: idFor.get(c.id)!,
      label: c.label,
      position: c.position,
      links: c.links.map((l) => ({ segmentId: l.segmentId, articleId: l.articleId, relation: l.relation, flags: l.flags, confidence: l.confidence })),
    })),
  };
}

function claimsOfSegments(current: ComparisonDocView): Map<string, string[]> {
  const claimOfSegment = new Map<string, string[]>();
  for (const claim of current.claims) {
    for (const link of claim.links) claimOfSegment.set(link.segmentId, [...(claimOfSegment.get(link.segmentId) ?? []), claim.id]);
  }
  return claimOfSegment;
}

function stableIds(result: AlignerProposal, claimOfSegment: Map<string, string[]>): Map<string, string> {
  const taken = new Set<string>();
  // Larger claims choose first: they carry most of the human context worth keeping.
  const ordered = [...result.claims].sort((a, b) => b.links.length - a.links.length || a.id.localeCompare(b.id));
  const idFor = new Map<string, string>();
  for (const claim of ordered) {
    const votes = new Map<string, number>();
    for (const link of claim.links) for (const id of claimOfSegment.get(link.segmentId) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    const best = [...votes.entries()]
      .filter(([id, n]) => !taken.has(id) && n * 2 >= claim.links.length)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const id = best?.[0] ?? claim.id;
    taken.add(id);
    idFor.set(claim.id, id);
  }
  return idFor;
}
