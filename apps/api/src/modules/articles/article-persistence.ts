import type { ImportedArticle } from '@parallax/text';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { findOrCreateOutlet } from '../outlets/outlet-upsert';

/** What is stored for one import: the raw input and the importer's result. */
export interface ArticleToStore {
  workspaceId: string;
  importedById: string | null;
  rawText: string;
  rawFormat: 'text' | 'html';
  url: string | null;
  imported: ImportedArticle;
}

/**
 * Writes one imported article with its outlet and segments inside the given transaction, so an
 * article is stored whole or not at all. Shared by the GraphQL import and the seed.
 */
export async function storeImportedArticle(tx: Prisma.TransactionClient, a: ArticleToStore) {
  const { imported } = a;
  const outlet = imported.outlet.name ? await findOrCreateOutlet(tx, imported.outlet.name, imported.outlet.domain) : null;
  return tx.article.create({
    data: {
      workspaceId: a.workspaceId,
      importedById: a.importedById,
      outletId: outlet?.id ?? null,
      kind: imported.kind,
      headline: imported.headline,
      standfirst: imported.standfirst,
      byline: imported.byline,
      publishedAt: imported.publishedAt ? new Date(imported.publishedAt) : null,
      publishedAtText: imported.publishedAtText,
      dateline: imported.dateline,
      wireCredit: imported.wireCredit,
      url: a.url,
      rawText: a.rawText,
      rawFormat: a.rawFormat,
      body: imported.body,
      contentHash: imported.contentHash,
      outletConfidence: imported.outlet.confidence,
      outletReason: imported.outlet.reason,
      captions: imported.captions,
      subheadings: imported.subheadings,
      droppedLines: imported.droppedLines as unknown as Prisma.InputJsonValue,
      warnings: imported.warnings,
      segments: {
        createMany: {
          data: imported.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text })),
        },
      },
    },
  });
}

/** The article with this content already in the workspace, if any (duplicate detection). */
export function findDuplicate(db: Pick<PrismaClient, 'article'> | Prisma.TransactionClient, workspaceId: string, contentHash: string) {
  return db.article.findUnique({
    where: { workspaceId_contentHash: { workspaceId, contentHash } },
    select: { id: true, headline: true },
  });
}
