import { importArticle, importPdf, isImportError, type ImportedArticle, type ImportInput, type ImportOptions } from '@parallax/text';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { writeArticles, type ArticleToStore } from './article-writer.js';

/** One raw article of a batch, already validated at the edge. */
export interface RawArticle {
  workspaceId: string;
  text?: string | null;
  html?: string | null;
  /** The bytes of a PDF (an uploaded file or a fetched address). */
  pdf?: Uint8Array | null;
  url?: string | null;
  outletName?: string | null;
  publishedAt?: string | null;
  /** Lines a person restored or dropped earlier (a re-import of an export carries them). */
  restoreLines?: number[];
  dropLines?: number[];
}

/** The outcome of one batch item: the stored article id, or a stable error code and message. */
export type ImportOutcome =
  { index: number; articleId: string } | { index: number; error: { code: string; message: string; existingArticleId?: string } };

/** The importer's result, with the text extracted from a PDF (stored as its raw text). */
export type ParsedArticle = ImportedArticle & { extractedText?: string };

/** Runs the importer on one raw article; the API passes its worker pool, scripts the in-process one. */
export type ArticleParser = (raw: RawArticle, options?: ImportOptions) => Promise<ParsedArticle>;

/** Options of importBatch. */
export interface ImportBatchOptions {
  importedById: string | null;
  /** How to parse; defaults to {@link parseInProcess} (seeds, scripts). */
  parse?: ArticleParser;
  /** Called after each item is parsed (or refused), before anything is stored. */
  onParsed?: (parsed: number) => void;
  /** Called after each stored chunk with the number of items finished so far. */
  onProgress?: (done: number, failed: number) => void;
  chunkSize?: number;
}

interface Prepared {
  index: number;
  raw: RawArticle;
  imported: ParsedArticle;
}

/** The importer's overrides as stored on the article, so a later re-import can apply them again. */
export function overridesOf(raw: RawArticle, options: ImportOptions = {}) {
  return {
    url: raw.url ?? null,
    outletName: raw.outletName ?? null,
    publishedAt: raw.publishedAt ?? null,
    restoreLines: options.restoreLines ?? [],
    dropLines: options.dropLines ?? [],
  };
}

/** The importer's input for a raw article (without the PDF bytes, which travel separately). */
export function importInputOf(raw: RawArticle): ImportInput {
  const input: ImportInput = raw.pdf ? {} : raw.html ? { html: raw.html } : { text: raw.text ?? '' };
  if (raw.url) input.url = raw.url;
  if (raw.outletName) input.outletName = raw.outletName;
  if (raw.publishedAt) input.publishedAt = raw.publishedAt;
  return input;
}

/** Runs the pure importer on one raw text or HTML article, on the calling thread. */
export function runImporter(raw: RawArticle, options?: ImportOptions): ImportedArticle {
  return importArticle(importInputOf(raw), options);
}

/** Parses on the calling thread: for seeds and scripts, where nothing else waits on the event loop. */
export const parseInProcess: ArticleParser = async (raw, options) =>
  raw.pdf ? importPdf(raw.pdf, importInputOf(raw), options) : runImporter(raw, options);

/** What is stored as the raw input: the HTML or text as given, or the text extracted from a PDF. */
export function rawColumns(raw: RawArticle, imported: ParsedArticle): { rawText: string; rawFormat: 'text' | 'html' | 'pdf' } {
  if (raw.pdf) return { rawText: imported.extractedText ?? '', rawFormat: 'pdf' };
  return raw.html ? { rawText: raw.html, rawFormat: 'html' } : { rawText: raw.text ?? '', rawFormat: 'text' };
}

/** The stable code and message of a refused parse (importer or worker limits), or null for a bug. */
export function parseFailure(err: unknown): { code: string; message: string } | null {
  if (isImportError(err)) return { code: err.code, message: err.message };
  if (err instanceof Error && err.name === 'ParseRefused') return { code: (err as Error & { code: string }).code, message: err.message };
  return null;
}

/**
 * Imports many raw articles: clean each with @parallax/text, refuse duplicates (in the batch and in the
 * workspace, by content hash), then store in chunks — each chunk in one transaction, falling back to one
 * transaction per article when a chunk fails, so an article is always stored whole or not at all.
 */
export async function importBatch(prisma: PrismaClient, raws: RawArticle[], opts: ImportBatchOptions): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const prepared: Prepared[] = [];
  const seen = new Set<string>();
  const parse = opts.parse ?? parseInProcess;
  let parsed = 0;
  // Parses run concurrently (the pool queues them); duplicates are then checked in input order.
  const results = await Promise.all(
    raws.map(async (raw): Promise<{ imported: ParsedArticle } | { failure: { code: string; message: string } }> => {
      try {
        return { imported: await parse(raw, { restoreLines: raw.restoreLines, dropLines: raw.dropLines }) };
      } catch (err) {
        const failure = parseFailure(err);
        if (failure === null) throw err;
        return { failure };
      } finally {
        opts.onParsed?.((parsed += 1));
      }
    }),
  );
  results.forEach((result, index) => {
    if ('failure' in result) {
      outcomes.push({ index, error: result.failure });
      return;
    }
    const raw = raws[index];
    const key = `${raw.workspaceId}:${result.imported.contentHash}`;
    if (seen.has(key)) {
      outcomes.push({ index, error: { code: 'DUPLICATE_ARTICLE', message: 'The same article appears earlier in this batch.' } });
      return;
    }
    seen.add(key);
    prepared.push({ index, raw, imported: result.imported });
  });
  const existing = await prisma.article.findMany({
    where: { OR: prepared.map((p) => ({ workspaceId: p.raw.workspaceId, contentHash: p.imported.contentHash })) },
    select: { id: true, workspaceId: true, contentHash: true, headline: true },
  });
  const existingByKey = new Map(existing.map((a) => [`${a.workspaceId}:${a.contentHash}`, a]));
  const fresh = prepared.filter((p) => {
    const dup = existingByKey.get(`${p.raw.workspaceId}:${p.imported.contentHash}`);
    if (!dup) return true;
    outcomes.push({
      index: p.index,
      error: {
        code: 'DUPLICATE_ARTICLE',
        message: `Already imported as “${dup.headline ?? dup.id}” (${dup.id}).`,
        existingArticleId: dup.id,
      },
    });
    return false;
  });
  opts.onProgress?.(outcomes.length, outcomes.length);
  const chunkSize = opts.chunkSize ?? 100;
  for (let i = 0; i < fresh.length; i += chunkSize) {
    const chunk = fresh.slice(i, i + chunkSize);
    outcomes.push(...(await storeChunk(prisma, chunk, opts.importedById)));
    opts.onProgress?.(outcomes.length, outcomes.filter((o) => 'error' in o).length);
  }
  return outcomes.sort((a, b) => a.index - b.index);
}

async function storeChunk(prisma: PrismaClient, chunk: Prepared[], importedById: string | null): Promise<ImportOutcome[]> {
  try {
    return await prisma.$transaction((tx) => insertChunk(tx, chunk, importedById));
  } catch {
    // A concurrent import of the same article (unique violation) or a bad row: retry one by one so the
    // rest of the chunk still lands and the failing article gets its own error.
    const outcomes: ImportOutcome[] = [];
    for (const p of chunk) {
      try {
        const [articleId] = await prisma.$transaction((tx) => writeArticles(tx, [toStore(p, importedById)]));
        outcomes.push({ index: p.index, articleId: articleId! });
      } catch (err) {
        const unique = (err as { code?: string }).code === 'P2002';
        outcomes.push({
          index: p.index,
          error: unique
            ? { code: 'DUPLICATE_ARTICLE', message: 'This article was imported into the workspace meanwhile.' }
            : { code: 'INTERNAL_SERVER_ERROR', message: 'The article could not be stored.' },
        });
      }
    }
    return outcomes;
  }
}

/** Stores a chunk through the one article writer (two bulk inserts, after resolving outlets). */
async function insertChunk(tx: Prisma.TransactionClient, chunk: Prepared[], importedById: string | null): Promise<ImportOutcome[]> {
  const ids = await writeArticles(
    tx,
    chunk.map((p) => toStore(p, importedById)),
  );
  return chunk.map((p, i) => ({ index: p.index, articleId: ids[i]! }));
}

function toStore(p: Prepared, importedById: string | null): ArticleToStore {
  return {
    workspaceId: p.raw.workspaceId,
    importedById,
    ...rawColumns(p.raw, p.imported),
    url: p.raw.url ?? null,
    imported: p.imported,
    overrides: overridesOf(p.raw, p.raw),
  };
}
