import { DocOperationError } from './errors.js';
import type { Relation } from './types.js';
import { assertConfidence, assertId, assertPosition, assertRelation, checkFlags, checkLabel } from './validate.js';

/** One segment the aligner proposes for a claim. */
export interface AutoAlignmentLinkProposal {
  segmentId: string;
  articleId: string;
  relation: Relation;
  flags: string[];
  confidence: number;
}

/** One claim the aligner proposes, with a stable id chosen by the caller (reused across re-runs). */
export interface AutoAlignmentClaimProposal {
  id: string;
  label: string;
  position: number;
  links: AutoAlignmentLinkProposal[];
}

/** The aligner's complete view of a comparison, merged into the doc by `applyAutoAlignment`. */
export interface AutoAlignmentProposal {
  claims: AutoAlignmentClaimProposal[];
}

function invalid(message: string): never {
  throw new DocOperationError('INVALID_ARGUMENT', message);
}

function checkLinkProposal(value: unknown, where: string): AutoAlignmentLinkProposal {
  const l = (value ?? {}) as Partial<AutoAlignmentLinkProposal>;
  assertId(l.segmentId, `${where}.segmentId`);
  assertId(l.articleId, `${where}.articleId`);
  assertRelation(l.relation);
  assertConfidence(l.confidence);
  return {
    segmentId: l.segmentId,
    articleId: l.articleId,
    relation: l.relation,
    flags: checkFlags(l.flags ?? []),
    confidence: l.confidence,
  };
}

function checkClaimProposal(value: unknown, where: string): AutoAlignmentClaimProposal {
  const c = (value ?? {}) as Partial<AutoAlignmentClaimProposal>;
  assertId(c.id, `${where}.id`);
  const label = checkLabel(c.label, `${where}.label`);
  assertPosition(c.position, `${where}.position`);
  if (!Array.isArray(c.links)) invalid(`${where}.links must be an array`);
  const links = c.links.map((l, i) => checkLinkProposal(l, `${where}.links[${i}]`));
  if (new Set(links.map((l) => l.segmentId)).size !== links.length) invalid(`${where} proposes a segment twice`);
  return { id: c.id, label, position: c.position, links };
}

/**
 * Returns a normalised copy of a proposal (trimmed labels, de-duplicated flags), or throws INVALID_ARGUMENT
 * naming the first bad field. Normalising before comparing with the doc is what makes re-runs write nothing.
 */
export function checkProposal(value: unknown): AutoAlignmentProposal {
  const p = value as Partial<AutoAlignmentProposal> | null;
  if (typeof p !== 'object' || p === null || !Array.isArray(p.claims)) invalid('proposal.claims must be an array');
  const claims = p.claims.map((c, i) => checkClaimProposal(c, `proposal.claims[${i}]`));
  if (new Set(claims.map((c) => c.id)).size !== claims.length) invalid('proposal repeats a claim id');
  return { claims };
}
