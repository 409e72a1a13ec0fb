import { randomUUID } from 'node:crypto';
import type { ImportedArticle } from '@parallax/text';
import { Prisma } from '../../generated/prisma/client.js';
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
 * Every column of an Article row the writer sets: all of them but the timestamps the database keeps.
 * `Required` makes a column added to the model fail the build in `articleRow` until it is mapped.
 */
type ArticleRow = Required<Omit<Prisma.ArticleCreateManyInput, 'createdAt' | 'updatedAt'>>;

/** Every column of a Segment row but its generated id; likewise a new column fails the build below. */
export type SegmentRow = Required<Omit<Prisma.SegmentCreateManyInput, 'id'>>;

/** The Postgres type of each Segment column, for the one bulk insert (`satisfies`: one entry per column). */
const SEGMENT_COLUMNS = {
  articleId: 'uuid',
  index: 'int',
  paragraph: 'int',
  start: 'int',
  end: 'int',
  text: 'text',
} as const satisfies Record<keyof SegmentRow, string>;

function articleRow(id: string, a: ArticleToStore, outletId: string | null): ArticleRow {
  return {
    id,
    ...articleColumns(a.imported),
    workspaceId: a.workspaceId,
    importedById: a.importedById,
    outletId,
    url: a.url,
    rawText: a.rawText,
    rawFormat: a.rawFormat,
    importOverrides: a.overrides as Prisma.InputJsonValue,
  } satisfies ArticleRow;
}

/**
 * The one writer of Article and Segment rows: resolves the outlets, inserts the articles with one
 * createMany and all their sentences with one bulk insert, inside the caller's transaction (so a chunk is
 * stored whole or not at all). Returns the new article ids in the order given.
 */
export async function writeArticles(tx: Prisma.TransactionClient, articles: ArticleToStore[]): Promise<string[]> {
  // Outlets belong to a workspace, so they are keyed by workspace and name.
  const outletIds = new Map<string, string>();
  const outletKey = (a: ArticleToStore) => `${a.workspaceId}:${a.imported.outlet.name!.toLowerCase()}`;
  for (const a of articles) {
    const name = a.imported.outlet.name;
    if (name && !outletIds.has(outletKey(a))) {
      outletIds.set(outletKey(a), (await findOrCreateOutlet(tx, a.workspaceId, name, a.imported.outlet.domain)).id);
    }
  }
  const rows = articles.map((a) => articleRow(randomUUID(), a, a.imported.outlet.name ? outletIds.get(outletKey(a))! : null));
  await tx.article.createMany({ data: rows });
  await insertSegments(
    tx,
    rows.flatMap((row, i) => segmentsOf(row.id, articles[i]!.imported)),
  );
  return rows.map((r) => r.id);
}

/** Replaces an article's sentences after its body was re-imported (the caller checked nothing points at them). */
export async function replaceSegments(tx: Prisma.TransactionClient, articleId: string, imported: ImportedArticle): Promise<void> {
  await tx.segment.deleteMany({ where: { articleId } });
  await insertSegments(tx, segmentsOf(articleId, imported));
}

function segmentsOf(articleId: string, imported: ImportedArticle): SegmentRow[] {
  return segmentRows(imported).map((s) => ({ ...s, articleId }) satisfies SegmentRow);
}

/**
 * Bulk-inserts segments with one `unnest` statement. A batch holds tens of thousands of sentences, and
 * Prisma's createMany spends most of the import's time building and compiling such a query.
 */
async function insertSegments(tx: Prisma.TransactionClient, segments: SegmentRow[]): Promise<void> {
  if (segments.length === 0) return;
  const columns = Object.keys(SEGMENT_COLUMNS) as (keyof SegmentRow)[];
  const names = Prisma.raw(columns.map((c) => `"${c}"`).join(', '));
  const arrays = Prisma.join(columns.map((c) => Prisma.sql`${segments.map((s) => s[c])}::${Prisma.raw(SEGMENT_COLUMNS[c])}[]`));
  await tx.$executeRaw`INSERT INTO segments (id, ${names}) SELECT gen_random_uuid(), * FROM unnest(${arrays})`;
}
