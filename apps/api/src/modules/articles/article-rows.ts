import type { ImportedArticle } from '@parallax/text';
import type { Prisma } from '../../generated/prisma/client.js';

/** The Article columns a person may correct afterwards (headline, date, outlet facts). */
export function metadataColumns(imported: ImportedArticle) {
  return {
    kind: imported.kind,
    headline: imported.headline,
    standfirst: imported.standfirst,
    byline: imported.byline,
    publishedAt: imported.publishedAt ? new Date(imported.publishedAt) : null,
    publishedAtText: imported.publishedAtText,
    dateline: imported.dateline,
    wireCredit: imported.wireCredit,
    outletConfidence: imported.outlet.confidence,
    outletReason: imported.outlet.reason,
  };
}

/** The Article columns that follow from which lines form the body. */
export function bodyColumns(imported: ImportedArticle) {
  return {
    body: imported.body,
    contentHash: imported.contentHash,
    captions: imported.captions,
    subheadings: imported.subheadings,
    droppedLines: imported.droppedLines as unknown as Prisma.InputJsonValue,
    warnings: imported.warnings,
  };
}

/** All Article columns that come from the importer's result. */
export function articleColumns(imported: ImportedArticle) {
  return { ...metadataColumns(imported), ...bodyColumns(imported) };
}

/** Segment rows (without articleId) for the importer's sentences. */
export function segmentRows(imported: ImportedArticle) {
  return imported.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text }));
}
