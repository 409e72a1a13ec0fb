import { Injectable } from '@nestjs/common';
import { suggestEvents } from '@parallax/text';
import { randomUUID } from 'node:crypto';
import { Role } from '../../generated/prisma/enums.js';
import { AppError, BadUserInput, Conflict } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { validateInput } from '../../infra/validation/validate-input.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { defineTopic } from '../../infra/pubsub/topic.js';
import { findOrCreateOutlet } from '../outlets/outlet-upsert.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { importBatch, overridesOf, parseFailure, type RawArticle } from './article-import.js';
import { ArticleParser } from './article-parser.js';
import { ArticleSource } from './article-source.js';
import { FetchFailed } from '../../infra/fetch/fetch.errors.js';
import { bodyColumns } from './article-rows.js';
import { replaceSegments } from './article-writer.js';
import { ArticlePolicy } from './articles.policy.js';
import { importArticleSchema, MAX_BATCH, type ImportArticleInput, type updateArticleSchema } from './dto/import-article.input.js';

/** URLs of one batch fetched at the same time: enough to hide latency, few enough to be polite. */
const FETCH_CONCURRENCY = 4;

/** The validated input as a raw article: a base64 PDF becomes its bytes. */
function rawOf(input: ValidInputOf<typeof importArticleSchema>): RawArticle {
  const { pdfBase64, ...rest } = input;
  return pdfBase64 ? { ...rest, pdf: new Uint8Array(Buffer.from(pdfBase64, 'base64')) } : rest;
}

/** Topic of importProgress events. */
/** Progress of importArticles batches, keyed by `${userId}:${batchId}` so only the importer hears it. */
export const IMPORT_PROGRESS = defineTopic<{ batchId: string; done: number; total: number; failed: number; parsed: number }>(
  'importProgress',
);

/** Maps an importer or batch error code to the AppError a single import throws. */
function importFailure(code: string, message: string): AppError {
  if (code === 'DUPLICATE_ARTICLE') return new Conflict(message, { reason: code });
  return new AppError('BAD_USER_INPUT', message, { reason: code });
}

/** Importing articles, correcting what the importer decided, and suggesting comparisons. */
@Injectable()
export class ArticleImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
    private readonly policy: ArticlePolicy,
    private readonly pubsub: PubSubService,
    private readonly parser: ArticleParser,
    private readonly source: ArticleSource,
  ) {}

  /** Runs the importer without storing anything and says whether the article is already in the workspace. */
  async preview(ctx: RequestContext, viewer: Viewer, valid: ValidInputOf<typeof importArticleSchema>) {
    await this.workspaces.assert(ctx, viewer.userId, valid.workspaceId, Role.EDITOR);
    const raw = await this.source.fetch(rawOf(valid));
    const imported = await this.parseOrThrow(raw);
    const duplicateOf = await this.prisma.article.findUnique({
      where: { workspaceId_contentHash: { workspaceId: raw.workspaceId, contentHash: imported.contentHash } },
      select: { id: true, headline: true },
    });
    const { outlet, publishedAt, extractedText: _text, ...rest } = imported;
    return {
      ...rest,
      url: raw.url ?? null,
      publishedAt: publishedAt ? new Date(publishedAt) : null,
      outletName: outlet.name,
      outletConfidence: outlet.confidence,
      outletReason: outlet.reason,
      duplicateOf,
    };
  }

  /**
   * Imports one article (text, HTML, PDF, or a URL the server fetches); throws BAD_USER_INPUT (with the
   * fetcher's or importer's reason) or CONFLICT for a duplicate. Nothing is stored when it fails.
   */
  async importOne(ctx: RequestContext, viewer: Viewer, valid: ValidInputOf<typeof importArticleSchema>) {
    await this.workspaces.assert(ctx, viewer.userId, valid.workspaceId, Role.EDITOR);
    const raw = await this.source.fetch(rawOf(valid));
    const [outcome] = await importBatch(this.prisma, [raw], { importedById: viewer.userId, parse: this.parser.parse });
    if ('error' in outcome) throw importFailure(outcome.error.code, outcome.error.message);
    return this.prisma.article.findUniqueOrThrow({ where: { id: outcome.articleId } });
  }

  /**
   * Imports a batch; each item succeeds or fails on its own (per-item errors, nothing half-stored).
   * Progress is published on `importProgress(batchId)`.
   */
  async importMany(ctx: RequestContext, viewer: Viewer, inputs: ImportArticleInput[], batchId: string = randomUUID()) {
    if (inputs.length === 0) throw new BadUserInput('inputs is empty.', { inputs: 'give at least one article' });
    if (inputs.length > MAX_BATCH) throw new BadUserInput(`At most ${MAX_BATCH} articles per batch.`, { inputs: 'too many' });
    const results: { index: number; article: unknown; error: { code: string; message: string } | null }[] = [];
    const valid: { index: number; raw: RawArticle }[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        // Each item fails on its own (a result, not an error of the whole field), so it is parsed here.
        // eslint-disable-next-line no-restricted-syntax -- per-item outcome of a batch
        valid.push({ index, raw: rawOf(validateInput(importArticleSchema, input)) });
      } catch (err) {
        results.push({ index, article: null, error: { code: 'BAD_USER_INPUT', message: (err as Error).message } });
      }
    }
    for (const workspaceId of new Set(valid.map((v) => v.raw.workspaceId))) {
      await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.EDITOR);
    }
    const total = inputs.length;
    let parsed = 0;
    const publish = (done: number, failed: number) =>
      this.pubsub.publish(IMPORT_PROGRESS, `${viewer.userId}:${batchId}`, {
        batchId,
        done: done + results.length,
        total,
        failed: failed + results.length,
        parsed: parsed + results.length,
      });
    const fetched = await this.fetchAll(valid, results, () => publish(0, 0));
    const outcomes = await importBatch(
      this.prisma,
      fetched.map((v) => v.raw),
      {
        importedById: viewer.userId,
        parse: this.parser.parse,
        onParsed: (n) => {
          parsed = n;
          publish(0, 0);
        },
        onProgress: publish,
      },
    );
    const ids = outcomes.flatMap((o) => ('articleId' in o ? [o.articleId] : []));
    const articles = new Map((await this.prisma.article.findMany({ where: { id: { in: ids } } })).map((a) => [a.id, a]));
    for (const o of outcomes) {
      const index = fetched[o.index].index;
      results.push(
        'articleId' in o ? { index, article: articles.get(o.articleId), error: null } : { index, article: null, error: o.error },
      );
    }
    results.sort((a, b) => a.index - b.index);
    const failed = results.filter((r) => r.error).length;
    return { batchId, imported: results.length - failed, failed, results };
  }

  /**
   * Corrects an article: metadata fields directly; restored or dropped lines by re-running the importer
   * on the stored raw input. Body changes are refused once the article is in a comparison, because claims
   * point at its sentences.
   */
  async update(ctx: RequestContext, viewer: Viewer, id: string, fields: ValidInputOf<typeof updateArticleSchema>) {
    const article = await this.policy.assert(ctx, viewer, id, Role.EDITOR);
    return this.prisma.$transaction(async (tx) => {
      const data: Record<string, unknown> = {};
      for (const key of ['headline', 'standfirst', 'byline', 'dateline', 'wireCredit'] as const) {
        if (fields[key] !== undefined && fields[key] !== null) data[key] = fields[key] || null;
      }
      if (fields.publishedAt !== undefined && fields.publishedAt !== null) {
        data.publishedAt = fields.publishedAt ? new Date(fields.publishedAt) : null;
      }
      if (fields.outletName) {
        data.outletId = (await findOrCreateOutlet(tx, article.workspaceId, fields.outletName, null)).id;
        data.outletConfidence = 'STATED';
        data.outletReason = 'set by a person';
      }
      if (fields.restoreLines?.length || fields.dropLines?.length) {
        const inComparisons = await tx.comparisonArticle.count({ where: { articleId: id } });
        if (inComparisons)
          throw new BadUserInput('This article is part of a comparison; its body can no longer change.', {
            restoreLines: 'article is in a comparison',
          });
        const saved = (article as unknown as { importOverrides: ReturnType<typeof overridesOf> }).importOverrides ?? {};
        const restore = new Set([...(saved.restoreLines ?? []), ...(fields.restoreLines ?? [])]);
        const drop = new Set([...(saved.dropLines ?? []), ...(fields.dropLines ?? [])]);
        for (const l of fields.restoreLines ?? []) drop.delete(l);
        for (const l of fields.dropLines ?? []) restore.delete(l);
        const raw: RawArticle = {
          workspaceId: article.workspaceId,
          url: saved.url,
          outletName: saved.outletName,
          publishedAt: saved.publishedAt,
        };
        // A PDF is stored as the text extracted from it, so it is re-read as text.
        if ((article as unknown as { rawFormat: string }).rawFormat === 'html') raw.html = article.rawText;
        else raw.text = article.rawText;
        const options = { restoreLines: [...restore], dropLines: [...drop] };
        const imported = await this.parseOrThrow(raw, options);
        const clash = await tx.article.findFirst({
          where: { workspaceId: article.workspaceId, contentHash: imported.contentHash, NOT: { id } },
        });
        if (clash) throw new Conflict('With this change the article would duplicate another one.', { articleId: clash.id });
        // Metadata stays as stored (a person may have corrected it); only the body follows the lines.
        Object.assign(data, bodyColumns(imported), { importOverrides: overridesOf(raw, options) });
        await replaceSegments(tx, id, imported);
      }
      return tx.article.update({ where: { id }, data });
    });
  }

  /** Groups of the workspace's articles that seem to report the same event, best first. */
  async suggestComparisons(ctx: RequestContext, viewer: Viewer, workspaceId: string) {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    const articles = await this.prisma.article.findMany({
      where: { workspaceId },
      select: { id: true, headline: true, body: true, publishedAt: true },
      orderBy: { createdAt: 'desc' },
      take: 500,
    });
    const existing = await this.prisma.comparison.findMany({
      where: { workspaceId },
      select: { articles: { select: { articleId: true } } },
    });
    const existingSets = new Set(
      existing.map((c) =>
        c.articles
          .map((a) => a.articleId)
          .sort()
          .join(','),
      ),
    );
    const suggestions = suggestEvents(articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null })));
    return suggestions
      .filter((s) => !existingSets.has([...s.articleIds].sort().join(',')))
      .map((s) => ({ ...s, articles: s.articleIds.map((id) => ctx.loaders.articleById.load(id)) }));
  }

  private async parseOrThrow(raw: RawArticle, options?: { restoreLines?: number[]; dropLines?: number[] }) {
    try {
      return await this.parser.parse(raw, options);
    } catch (err) {
      const failure = parseFailure(err);
      if (failure !== null) throw importFailure(failure.code, failure.message);
      throw err;
    }
  }

  // Fetches the items given only by a URL, a few at a time; a refused fetch becomes that item's error.
  private async fetchAll(
    valid: { index: number; raw: RawArticle }[],
    results: { index: number; article: unknown; error: { code: string; message: string } | null }[],
    onEach: () => void,
  ): Promise<{ index: number; raw: RawArticle }[]> {
    const fetched: ({ index: number; raw: RawArticle } | null)[] = new Array(valid.length).fill(null);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < valid.length) {
        const i = next++;
        try {
          fetched[i] = { index: valid[i].index, raw: await this.source.fetch(valid[i].raw) };
        } catch (err) {
          if (!(err instanceof FetchFailed)) throw err;
          results.push({ index: valid[i].index, article: null, error: { code: err.reason, message: err.message } });
          onEach();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, valid.length) }, worker));
    return fetched.filter((f): f is { index: number; raw: RawArticle } => f !== null);
  }
}
