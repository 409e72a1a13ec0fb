import type { AutoAlignmentProposal } from './auto-align-proposal.js';
import type { ComparisonDocView, Relation } from './types.js';

/** The aligner's output as this package needs it (structurally @parallax/align's AlignmentResult). */
export interface AlignerClaims {
  claims: {
    id: string;
    label: string;
    position: number;
    links: { segmentId: string; articleId: string; relation: Relation; flags: string[]; confidence: number }[];
  }[];
}

/**
 * Turns the aligner's result into a doc proposal whose claim ids survive re-runs: a proposed claim takes the id
 * of the existing claim it shares most segments with (at least half of its own), so people's notes, comments
 * and labels stay attached when the aligner regroups a few sentences; otherwise it keeps the aligner's
 * deterministic id. Pure: the API reads the doc, calls this and applies the proposal in one transaction; the
 * browser fallback does the same on its local doc.
 */
export function proposeAutoAlignment(result: AlignerClaims, current: ComparisonDocView): AutoAlignmentProposal {
  const claimsOfSegment = new Map<string, string[]>();
  for (const claim of current.claims) {
    for (const link of claim.links) claimsOfSegment.set(link.segmentId, [...(claimsOfSegment.get(link.segmentId) ?? []), claim.id]);
  }
  const taken = new Set<string>();
  // Larger claims choose first: they carry most of the human context worth keeping.
  const ordered = [...result.claims].sort((a, b) => b.links.length - a.links.length || a.id.localeCompare(b.id));
  const idFor = new Map<string, string>();
  for (const claim of ordered) {
    const votes = new Map<string, number>();
    for (const link of claim.links) for (const id of claimsOfSegment.get(link.segmentId) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    const best = [...votes.entries()]
      .filter(([id, n]) => !taken.has(id) && n * 2 >= claim.links.length)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const id = best?.[0] ?? claim.id;
    taken.add(id);
    idFor.set(claim.id, id);
  }
  return {
    claims: result.claims.map((c) => ({
      id: idFor.get(c.id)!,
      label: c.label,
      position: c.position,
      links: c.links.map((l) => ({
        segmentId: l.segmentId,
        articleId: l.articleId,
        relation: l.relation,
        flags: l.flags,
        confidence: l.confidence,
      })),
    })),
  };
}
