import { Injectable } from '@nestjs/common';
import { Role } from '../../generated/prisma/enums.js';
import { BadUserInput } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { ComparisonLifecycle } from '../../access/comparison-lifecycle.js';
import { ComparisonPolicy } from '../../access/comparison.policy.js';
import { createComparisonSchema, renameComparisonSchema } from './dto/comparison.inputs.js';
import { ComparisonChanges } from './comparison-changes.js';
import { ComparisonChangeKind } from './models/comparisons-change.model.js';

/** Comparisons: a statement or event and the articles that report it. */
@Injectable()
export class ComparisonsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
    private readonly policy: ComparisonPolicy,
    private readonly lifecycle: ComparisonLifecycle,
    private readonly changes: ComparisonChanges,
  ) {}

  /** Comparisons of a workspace, newest first. */
  async list(ctx: RequestContext, viewer: Viewer, workspaceId: string) {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    return this.prisma.comparison.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  }

  /** One comparison, if the viewer may read its workspace. */
  async get(ctx: RequestContext, viewer: Viewer, id: string) {
    return (await this.policy.assert(ctx, viewer.userId, id, Role.VIEWER)).comparison;
  }

  /** Creates a comparison of articles from one workspace (EDITOR or above). */
  async create(
    ctx: RequestContext,
    viewer: Viewer,
    { workspaceId, title, articleIds, pivotArticleId }: ValidInputOf<typeof createComparisonSchema>,
  ) {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.EDITOR);
    if (pivotArticleId && !articleIds.includes(pivotArticleId)) {
      throw new BadUserInput('pivotArticleId must be one of articleIds.', { pivotArticleId: 'not among articleIds' });
    }
    const found = await this.prisma.article.findMany({ where: { id: { in: articleIds }, workspaceId }, select: { id: true } });
    if (found.length !== articleIds.length) {
      const known = new Set(found.map((a) => a.id));
      const missing = articleIds.filter((id) => !known.has(id));
      throw new BadUserInput(`Articles not found in this workspace: ${missing.join(', ')}`, { articleIds: 'unknown articles' });
    }
    const created = await this.prisma.comparison.create({
      data: {
        workspaceId,
        title,
        pivotArticleId: pivotArticleId ?? null,
        createdById: viewer.userId,
        articles: { create: articleIds.map((articleId, position) => ({ articleId, position })) },
      },
    });
    this.announce(created, ComparisonChangeKind.CREATED, viewer);
    return created;
  }

  /** Gives a comparison a new title (the resolver declares EDITOR, checked before the input). */
  async rename(viewer: Viewer, { id, title }: ValidInputOf<typeof renameComparisonSchema>) {
    const renamed = await this.prisma.comparison.update({ where: { id }, data: { title } });
    this.announce(renamed, ComparisonChangeKind.RENAMED, viewer);
    return renamed;
  }

  /**
   * Deletes a comparison with its claims, notes, comments and history (EDITOR or above); the articles
   * stay in the library. Open editors are disconnected with "this comparison no longer exists".
   */
  async delete(ctx: RequestContext, viewer: Viewer, id: string) {
    const { comparison } = await this.policy.assert(ctx, viewer.userId, id, Role.EDITOR);
    await this.prisma.comparison.delete({ where: { id } });
    this.lifecycle.deleted({ comparisonId: id });
    this.announce(comparison, ComparisonChangeKind.DELETED, viewer);
    return { id, title: comparison.title, workspaceId: comparison.workspaceId };
  }

  /** Tells the workspace's open libraries, after the change is committed. */
  private announce(c: { id: string; workspaceId: string; title: string }, kind: ComparisonChangeKind, viewer: Viewer): void {
    this.changes.publish({ workspaceId: c.workspaceId, comparisonId: c.id, kind, title: c.title, actorId: viewer.userId });
  }
}
