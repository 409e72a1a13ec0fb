import type { AlignmentResult } from '@parallax/align';
import { proposeAutoAlignment, type AutoAlignmentProposal, type ComparisonDocView } from '@parallax/doc';

/** The aligner's result as a doc proposal with claim ids that survive re-runs (see proposeAutoAlignment). */
export function toStableProposal(result: AlignmentResult, current: ComparisonDocView): AutoAlignmentProposal {
  return proposeAutoAlignment(result, current);
}
