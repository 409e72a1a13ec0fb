import { Injectable } from '@nestjs/common';
import { alignArticles, coverage, diffWitnesses, type AlignArticle, type Relation } from '@parallax/align';
import { alignIntoDoc, ORIGIN } from '@parallax/doc';
import { ComparisonDocService } from '../../collab/comparison-doc.service.js';
import { Role } from '../../generated/prisma/enums.js';
import { BadUserInput, NotFound } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { defineTopic } from '../../infra/pubsub/topic.js';
import { loadWordVectors } from './word-vectors.js';
import { loadComparisonWithArticles } from '../comparisons/comparison-articles.query.js';
import { ComparisonPolicy } from '../../access/comparison.policy.js';

/** Progress of autoAlign runs, keyed by comparison id. */
export const AUTO_ALIGN_PROGRESS = defineTopic<{ comparisonId: string; stage: string; fraction: number }>('autoAlignProgress');

/**
 * The alignment engine applied to stored comparisons: auto-alignment written through the comparison's
 * doc (so editors see it live and people's decisions win), and the coverage and diff views read from the
 * projected claims.
 */
@Injectable()
export class AlignmentService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly policy: ComparisonPolicy,
    private readonly docs: ComparisonDocService,
    private readonly pubsub: PubSubService,
  ) {}

  /** Checks the viewer may edit, then aligns. */
  async autoAlignAs(ctx: RequestContext, viewer: Viewer, comparisonId: string) {
    await this.policy.assert(ctx, viewer.userId, comparisonId, Role.EDITOR);
    return this.autoAlign(comparisonId);
  }

  /**
   * Aligns the comparison's articles with @parallax/align and merges the result into its doc. Re-running
   * keeps every human decision (links made, removed or relabelled by people win; see applyAutoAlignment).
   * Callers authorise first; the seed calls it directly.
   */
  async autoAlign(comparisonId: string) {
    const started = Date.now();
    const progress = (stage: string, fraction: number) =>
      this.pubsub.publish(AUTO_ALIGN_PROGRESS, comparisonId, { comparisonId, stage, fraction });
    progress('loading', 0);
    const articles = await this.loadAlignArticles(comparisonId);
    if (articles.length < 2) throw new BadUserInput('A comparison needs at least two articles to align.');
    progress('aligning', 0.2);
    const result = alignArticles(articles, { wordVectors: loadWordVectors() });
    progress('applying', 0.8);
    // Read, propose with stable ids and apply in one doc transaction (alignIntoDoc), so no edit slips between.
    const applied = await this.docs.transact(comparisonId, ORIGIN.autoAlign, (doc) => alignIntoDoc(doc, result, ORIGIN.autoAlign));
    progress('done', 1);
    return { comparisonId, ...applied, durationMs: Date.now() - started };
  }

  private async loadAlignArticles(comparisonId: string): Promise<AlignArticle[]> {
    const comparison = await loadComparisonWithArticles(this.prisma, comparisonId);
    return comparison.articles.map(({ article }) => ({
      id: article.id,
      outletName: article.outlet?.name ?? null,
      kind: article.id === comparison.pivotArticleId || article.kind === 'OFFICIAL' ? 'OFFICIAL' : 'NEWS',
      segments: article.segments.map((s) => ({ id: s.id, articleId: s.articleId, index: s.index, text: s.text })),
    }));
  }

  /** The claims × articles matrix of the projected claims, the single-outlet claims and shared-wire pairs. */
  async coverage(comparisonId: string) {
    const [articles, claims] = await Promise.all([
      this.prisma.comparisonArticle.findMany({ where: { comparisonId }, orderBy: { position: 'asc' }, select: { articleId: true } }),
      this.prisma.claim.findMany({ where: { comparisonId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { alignments: true } }),
    ]);
    return coverage({
      articles: articles.map((a) => ({ id: a.articleId })),
      claims: claims.map((c) => ({
        id: c.id,
        label: c.label,
        links: c.alignments.map((l) => ({ segmentId: l.segmentId, articleId: l.articleId, relation: l.relation as Relation })),
      })),
    });
  }

  /** Each outlet's wording of a claim diffed word by word against the base article's wording. */
  async claimDiff(ctx: RequestContext, viewer: Viewer, claimId: string, baseArticleId: string) {
    const claim = await this.prisma.claim.findUnique({ where: { id: claimId }, include: { alignments: { include: { segment: true } } } });
    if (!claim) throw new NotFound('Claim', claimId);
    await this.policy.assert(ctx, viewer.userId, claim.comparisonId, Role.VIEWER);
    const byArticle = new Map<string, { ids: string[]; texts: { index: number; text: string }[] }>();
    for (const a of claim.alignments) {
      const entry = byArticle.get(a.articleId) ?? { ids: [], texts: [] };
      entry.ids.push(a.segmentId);
      entry.texts.push({ index: a.segment.index, text: a.segment.text });
      byArticle.set(a.articleId, entry);
    }
    const joined = (e: { texts: { index: number; text: string }[] }) =>
      e.texts
        .sort((x, y) => x.index - y.index)
        .map((t) => t.text)
        .join(' ');
    const base = byArticle.get(baseArticleId);
    const baseText = base ? joined(base) : '';
    const others = [...byArticle.entries()].filter(([id]) => id !== baseArticleId);
    const diffs = diffWitnesses(
      baseText,
      others.map(([id, e]) => ({ id, text: joined(e) })),
    );
    return {
      baseArticleId,
      baseText,
      witnesses: diffs.map((d) => ({
        articleId: d.id,
        segmentIds: byArticle.get(d.id)!.ids,
        text: joined(byArticle.get(d.id)!),
        ops: d.ops,
      })),
    };
  }
}
