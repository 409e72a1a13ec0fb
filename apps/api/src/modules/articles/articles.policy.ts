import { Injectable } from '@nestjs/common';
import type { Role } from '../../generated/prisma/enums.js';
import { NotFound } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';

/** Who may read or change an article: members of its workspace, by role. */
@Injectable()
export class ArticlePolicy {
  constructor(private readonly workspaces: WorkspacePolicy) {}

  /** Loads the article and checks the viewer's role in its workspace; unknown ids are NOT_FOUND. */
  async assert(ctx: RequestContext, viewer: Viewer, articleId: string, needed: Role) {
    const article = await ctx.loaders.articleById.load(articleId);
    if (!article) throw new NotFound('Article', articleId);
    await this.workspaces.assert(ctx, viewer.userId, article.workspaceId, needed);
    return article;
  }
}
