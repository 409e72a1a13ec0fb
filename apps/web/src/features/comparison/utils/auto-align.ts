import { alignArticles } from '@parallax/align';
import { alignIntoDoc, ORIGIN } from '@parallax/doc';
import type * as Y from 'yjs';
import type { ArticleColumn } from './grid';

/**
 * Runs the aligner in the browser while the server cannot be reached, and merges its result into the local
 * doc the same way the server does (alignIntoDoc: stable claim ids, every human decision kept, one
 * transaction); the doc merges with the server's on reconnect.
 */
export function alignInBrowser(doc: Y.Doc, articles: ArticleColumn[]): number {
  const result = alignArticles(
    articles.map((a) => ({
      id: a.id,
      outletName: a.outletName,
      kind: a.kind,
      segments: a.segments.map((s) => ({ id: s.id, articleId: a.id, index: s.index, text: s.text })),
    })),
  );
  return alignIntoDoc(doc, result, ORIGIN.autoAlign).claimsProposed;
}
