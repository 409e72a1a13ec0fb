import { Injectable } from '@nestjs/common';
import {
  addComment,
  createClaim,
  linkSegment,
  ORIGIN,
  renameClaim,
  resolveComment,
  type ChangeOrigin,
  type CommentAnchor,
} from '@parallax/doc';
import { isImportError } from '@parallax/text';
import { ComparisonDocService } from '../../../collab/comparison-doc.service.js';
import { BadUserInput } from '../../../infra/errors/app-error.js';
import type { Viewer } from '../../../access/request-context.js';
import { validateInput } from '../../../infra/validation/validate-input.js';
import { PrismaService } from '../../../infra/prisma/prisma.service.js';
import { importBatch, runImporter, type RawArticle } from '../../articles/article-import.js';
import { ThreadExportService } from '../../threads/exports/thread-export.service.js';
import { comparisonExportSchema, type ComparisonExportInput } from './comparison-import.schema.js';

type Exported = ComparisonExportInput;

/**
 * Re-imports a JSON export into a workspace: the articles from their raw input (reusing identical ones
 * already there), a new comparison, and its claims, links, notes and comments written through the doc with
 * the origin they had (AUTO links stay AUTO, so a later autoAlign may still refine them).
 */
@Injectable()
export class ComparisonImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly docs: ComparisonDocService,
    private readonly threads: ThreadExportService,
  ) {}

  /** Imports an export file into a workspace; the resolver declares EDITOR (checked before this runs). */
  async importComparison(viewer: Viewer, workspaceId: string, json: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new BadUserInput('The export is not valid JSON.', { json: 'invalid JSON' });
    }
    // The file's content, not a GraphQL input: parsed here, once the caller may import at all.
    // eslint-disable-next-line no-restricted-syntax -- content of an uploaded export, validated after JSON.parse
    const data = validateInput(comparisonExportSchema, parsed);
    const raws = data.articles.map((a) => toRaw(workspaceId, a));
    // Check every article before writing any, so a bad export stores nothing.
    raws.forEach((raw, i) => {
      try {
        runImporter(raw, raw);
      } catch (err) {
        if (isImportError(err)) throw new BadUserInput(`Article ${i + 1} of the export cannot be imported: ${err.message}`);
        throw err;
      }
    });
    const outcomes = await importBatch(this.prisma, raws, { importedById: viewer.userId });
    const articleIds = outcomes.map((o) => ('articleId' in o ? o.articleId : o.error.existingArticleId));
    if (articleIds.some((id) => !id)) throw new BadUserInput('Some articles of the export could not be stored.');
    const idOf = new Map(data.articles.map((a, i) => [a.id, articleIds[i]!]));
    const comparison = await this.prisma.comparison.create({
      data: {
        workspaceId,
        title: data.comparison.title,
        pivotArticleId: data.comparison.pivotArticleId ? (idOf.get(data.comparison.pivotArticleId) ?? null) : null,
        createdById: viewer.userId,
        articles: { create: data.articles.map((a, position) => ({ articleId: idOf.get(a.id)!, position })) },
      },
    });
    try {
      const segmentOf = await this.segmentMap(data, idOf);
      const { skipped: linksSkipped, claimIds } = await this.docs.transact(comparison.id, ORIGIN.graphql(viewer.userId), (doc) =>
        writeClaims(doc, data, segmentOf, idOf, viewer),
      );
      await this.threads.restore(
        workspaceId,
        viewer.userId,
        { comparisonId: data.comparison.id, newComparisonId: comparison.id, claimIds },
        data.threads,
      );
      return {
        comparison,
        articlesCreated: outcomes.filter((o) => 'articleId' in o).length,
        articlesReused: outcomes.filter((o) => 'error' in o).length,
        linksSkipped,
      };
    } catch (err) {
      await this.prisma.comparison.delete({ where: { id: comparison.id } });
      throw err;
    }
  }

  /** Maps the export's segment ids to the stored segments (same article, same index and text). */
  private async segmentMap(data: Exported, idOf: Map<string, string>) {
    const stored = await this.prisma.segment.findMany({ where: { articleId: { in: [...idOf.values()] } } });
    const byKey = new Map(stored.map((s) => [`${s.articleId}:${s.index}`, s]));
    const map = new Map<string, string>();
    for (const a of data.articles) {
      for (const s of a.segments) {
        const match = byKey.get(`${idOf.get(a.id)}:${s.index}`);
        if (match && match.text === s.text) map.set(s.id, match.id);
      }
    }
    return map;
  }
}

function toRaw(workspaceId: string, a: Exported['articles'][number]): RawArticle {
  const o = a.importOverrides ?? {};
  return {
    workspaceId,
    ...(a.rawFormat === 'html' ? { html: a.rawText } : { text: a.rawText }),
    url: o.url ?? null,
    outletName: o.outletName ?? null,
    publishedAt: o.publishedAt ?? null,
    restoreLines: o.restoreLines,
    dropLines: o.dropLines,
  };
}

/** Writes claims, links and comments into a fresh doc; returns how many links had no matching sentence and the new claim ids. */
function writeClaims(
  doc: Parameters<typeof createClaim>[0],
  data: Exported,
  segmentOf: Map<string, string>,
  idOf: Map<string, string>,
  viewer: Viewer,
) {
  const person = ORIGIN.graphql(viewer.userId);
  const originOf = (o: string | undefined): ChangeOrigin => (o === 'AUTO' ? ORIGIN.autoAlign : person);
  const claimIds = new Map<string, string>();
  let skipped = 0;
  for (const c of data.claims) {
    const id = createClaim(doc, { label: c.label, topic: c.topic ?? null, note: c.note ?? '' }, originOf(c.origin));
    claimIds.set(c.id, id);
    if (c.labelOrigin === 'HUMAN' && c.origin === 'AUTO') renameClaim(doc, id, c.label, person);
    for (const l of c.links) {
      const segmentId = segmentOf.get(l.segmentId);
      const articleId = idOf.get(l.articleId);
      if (!segmentId || !articleId) {
        skipped++;
        continue;
      }
      linkSegment(
        doc,
        { claimId: id, segmentId, articleId, relation: l.relation, flags: l.flags, confidence: l.confidence },
        originOf(l.origin),
      );
    }
  }
  const commentIds = new Map<string, string>();
  for (const cm of data.comments) {
    const anchor: CommentAnchor | undefined =
      cm.anchor.kind === 'claim'
        ? claimIds.has(cm.anchor.claimId)
          ? { kind: 'claim', claimId: claimIds.get(cm.anchor.claimId)! }
          : undefined
        : segmentOf.has(cm.anchor.segmentId)
          ? { ...cm.anchor, segmentId: segmentOf.get(cm.anchor.segmentId)! }
          : undefined;
    const parentId = cm.parentId ? commentIds.get(cm.parentId) : undefined;
    if (!parentId && !anchor) continue;
    const id = addComment(
      doc,
      { ...(parentId ? { parentId } : { anchor }), body: cm.body, authorId: viewer.userId, authorName: cm.authorName },
      person,
    );
    commentIds.set(cm.id, id);
    if (cm.resolved && !cm.parentId) resolveComment(doc, id, person);
  }
  return { skipped, claimIds };
}
