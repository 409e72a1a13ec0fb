import type { ImportedArticle } from '@parallax/text';
import type { Prisma } from '../../generated/prisma/client.js';
import { findOrCreateOutlet } from '../outlets/outlet-upsert.js';
import { articleColumns, segmentRows } from './article-rows.js';

/** What is stored for one import: the raw input, the overrides given, and the importer's result. */
export interface ArticleToStore {
  workspaceId: string;
  importedById: string | null;
  rawText: string;
  rawFormat: 'text' | 'html' | 'pdf';
  url: string | null;
  imported: ImportedArticle;
  overrides: Record<string, unknown>;
}

/**
 * Writes one imported article with its outlet and segments inside the given transaction, so an
 * article is stored whole or not at all.
 */
export async function storeImportedArticle(tx: Prisma.TransactionClient, a: ArticleToStore) {
  const { imported } = a;
  const outlet = imported.outlet.name ? await findOrCreateOutlet(tx, a.workspaceId, imported.outlet.name, imported.outlet.domain) : null;
  return tx.article.create({
    data: {
      ...articleColumns(imported),
      workspaceId: a.workspaceId,
      importedById: a.importedById,
      outletId: outlet?.id ?? null,
      url: a.url,
      rawText: a.rawText,
      rawFormat: a.rawFormat,
      importOverrides: a.overrides as Prisma.InputJsonValue,
      segments: { createMany: { data: segmentRows(imported) } },
    },
  });
}
