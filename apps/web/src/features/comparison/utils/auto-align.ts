import { alignArticles } from '@parallax/align';
import { applyAutoAlignment, ORIGIN, proposeAutoAlignment, readComparisonDoc } from '@parallax/doc';
import type * as Y from 'yjs';
import type { ArticleColumn } from './grid';

/**
 * Runs the aligner in the browser and merges its proposal into the doc with the auto-align origin, for
 * servers without the `autoAlign` mutation. Claim ids are kept stable against the doc as the server does
 * (proposeAutoAlignment), and the merge keeps every human decision and is idempotent. The browser has no word
 * vectors (they stay server-side, ~5 MB), so soft word matching is off here: slightly lower recall.
 */
export function alignInBrowser(doc: Y.Doc, articles: ArticleColumn[]): number {
  const result = alignArticles(
    articles.map((a) => ({ id: a.id, outletName: a.outletName, kind: a.kind, segments: a.segments.map((s) => ({ id: s.id, articleId: a.id, index: s.index, text: s.text })) })),
  );
  const proposal = proposeAutoAlignment(result, readComparisonDoc(doc));
  applyAutoAlignment(doc, proposal, ORIGIN.autoAlign);
  return proposal.claims.length;
}
