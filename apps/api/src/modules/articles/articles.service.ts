import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { Role } from '../../generated/prisma/enums.js';
import { Conflict } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { ArticlePolicy } from './articles.policy.js';
import { decodeArticleCursor, encodeArticleCursor } from './articles.cursor.js';
import type { listArticlesSchema } from './dto/list-articles.args.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';

/** Reading articles. Imports live in ArticleImportService. */
@Injectable()
export class ArticlesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
    private readonly policy: ArticlePolicy,
  ) {}

  /** A page of a workspace's articles, newest first, with cursor pagination. */
  async list(ctx: RequestContext, viewer: Viewer, { workspaceId, first, after, search }: ValidInputOf<typeof listArticlesSchema>) {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    const where: Prisma.ArticleWhereInput = { workspaceId };
    if (search) {
      // Prisma puts `contains` into ILIKE '%…%' as it is: `%` and `_` typed by a user must match themselves.
      const literal = escapeLikePattern(search);
      where.OR = [
        { headline: { contains: literal, mode: 'insensitive' } },
        { body: { contains: literal, mode: 'insensitive' } },
        { outlet: { name: { contains: literal, mode: 'insensitive' } } },
      ];
    }
    const page: Prisma.ArticleWhereInput = { ...where };
    if (after) {
      const c = decodeArticleCursor(after);
      page.AND = [{ OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] }];
    }
    const [rows, totalCount] = await Promise.all([
      this.prisma.article.findMany({ where: page, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: first + 1 }),
      this.prisma.article.count({ where }),
    ]);
    const nodes = rows.slice(0, first);
    for (const node of nodes) ctx.loaders.articleById.prime(node.id, node);
    const edges = nodes.map((node) => ({ node, cursor: encodeArticleCursor(node.createdAt, node.id) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One article, if the viewer may read its workspace. */
  get(ctx: RequestContext, viewer: Viewer, id: string) {
    return this.policy.assert(ctx, viewer, id, Role.VIEWER);
  }

  /**
   * Deletes an article (EDITOR or above). An article used by comparisons is refused with CONFLICT and
   * the count and titles in `details`: removing it would silently empty their columns and claims.
   */
  async delete(ctx: RequestContext, viewer: Viewer, id: string) {
    const article = await this.policy.assert(ctx, viewer, id, Role.EDITOR);
    const usedBy = await this.prisma.comparison.findMany({
      where: { articles: { some: { articleId: id } } },
      select: { id: true, title: true },
      orderBy: { createdAt: 'asc' },
    });
    if (usedBy.length > 0) {
      const n = usedBy.length;
      throw new Conflict(
        `This article is used by ${n} ${n === 1 ? 'comparison' : 'comparisons'} (${usedBy.map((c) => `“${c.title}”`).join(', ')}). Delete ${n === 1 ? 'it' : 'them'} first, or keep the article.`,
        {
          comparisonCount: n,
          comparisons: usedBy,
        },
      );
    }
    await this.prisma.article.delete({ where: { id } });
    return { id, headline: article.headline };
  }
}

/** Escapes LIKE's wildcards (and its escape character, backslash) so the text matches literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
