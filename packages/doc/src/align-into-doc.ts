import type * as Y from 'yjs';
import { applyAutoAlignment, type AutoAlignmentResult } from './auto-align.js';
import type { ChangeOrigin } from './origin.js';
import { readComparisonDoc } from './read.js';
import { proposeAutoAlignment, type AlignerClaims } from './auto-align-stable.js';

/** What {@link alignIntoDoc} did: the merge's counts and how many claims the aligner proposed. */
export interface AlignIntoDocResult extends AutoAlignmentResult {
  claimsProposed: number;
}

/**
 * The one way to merge an aligner's result into a comparison doc, on the server and in the browser alike:
 * in one Yjs transaction it reads the doc, gives the proposed claims stable ids (proposeAutoAlignment), and
 * applies the proposal (applyAutoAlignment keeps every human decision). Reading inside the transaction
 * means an edit cannot land between the read and the write.
 */
export function alignIntoDoc(doc: Y.Doc, result: AlignerClaims, origin: ChangeOrigin): AlignIntoDocResult {
  let outcome: AlignIntoDocResult | undefined;
  doc.transact(() => {
    const proposal = proposeAutoAlignment(result, readComparisonDoc(doc));
    outcome = { ...applyAutoAlignment(doc, proposal, origin), claimsProposed: proposal.claims.length };
  }, origin);
  return outcome!;
}
