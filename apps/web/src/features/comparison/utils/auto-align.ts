import { alignArticles } from '@parallax/align';
import { applyAutoAlignment, ORIGIN } from '@parallax/doc';
import type * as Y from 'yjs';
import type { ArticleColumn } from './grid';

/**
 * Runs the aligner in the browser and merges its proposal into the doc with the auto-align origin, for
 * servers without the `autoAlign` mutation. The merge keeps every human decision and is idempotent, so
 * running it again (here or on the server) only changes what the aligner changed its mind about.
 */
export function alignInBrowser(doc: Y.Doc, articles: ArticleColumn[]): number {
  const result = alignArticles(
    articles.map((a) => ({ id: a.id, outletName: a.outletName, kind: a.kind, segments: a.segments.map((s) => ({ id: s.id, articleId: a.id, index: s.index, text: s.text })) })),
  );
  const proposal = {
    claims: result.claims.map((c) => ({
      id: c.id,
      label: c.label,
      position: c.position,
      links: c.links.map((l) => ({ segmentId: l.segmentId, articleId: l.articleId, relation: l.relation, flags: l.flags, confidence: l.confidence })),
    })),
  };
  applyAutoAlignment(doc, proposal, ORIGIN.autoAlign);
  return proposal.claims.length;
}
