import { Injectable } from '@nestjs/common';
import { Prisma, type Article, type Outlet, type Segment } from '../../generated/prisma/client.js';
import { Role } from '../../generated/prisma/enums.js';
import { Conflict } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { ArticlePolicy } from './articles.policy.js';
import { decodeArticleCursor, encodeArticleCursor } from './articles.cursor.js';
import { SEGMENT_ROW_COLUMNS } from './articles.loader.js';
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

  /**
   * A page of a workspace's articles, newest first, with cursor pagination. The hottest read of the API:
   * one statement returns the page, its total, and — when the client asks for them (`include`) — each
   * article's outlet and sentences, which prime the request's loaders so their resolvers issue no query.
   */
  async list(
    ctx: RequestContext,
    viewer: Viewer,
    { workspaceId, first, after, search }: ValidInputOf<typeof listArticlesSchema>,
    include: { outlet?: boolean; segments?: boolean } = {},
  ) {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    // Prisma's `contains` was ILIKE '%…%' as well; `%` and `_` typed by a user must match themselves.
    const pattern = search ? `%${escapeLikePattern(search)}%` : null;
    const where = Prisma.sql`a."workspaceId" = ${workspaceId}::uuid${
      pattern ? Prisma.sql` AND (a.headline ILIKE ${pattern} OR a.body ILIKE ${pattern} OR o.name ILIKE ${pattern})` : Prisma.empty
    }`;
    const c = after ? decodeArticleCursor(after) : null;
    // A prepared statement (one plan per connection for each shape: with or without search, cursor, outlet,
    // sentences), read without the Prisma client's per-query work: this is the API's hottest read.
    const rows = await this.prisma.prepared<PageRow>(Prisma.sql`
      SELECT ${COLUMNS_BUT_RAW_TEXT},
        (SELECT count(*)::int FROM articles a LEFT JOIN outlets o ON o.id = a."outletId" WHERE ${where}) AS "pageTotal",
        ${include.outlet ? Prisma.sql`to_jsonb(o)` : Prisma.sql`NULL::jsonb`} AS "pageOutlet",
        ${
          include.segments
            ? Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY x.index), '[]') FROM (SELECT ${SEGMENT_ROW_COLUMNS} FROM segments s WHERE s."articleId" = a.id) x)`
            : Prisma.sql`NULL::json`
        } AS "pageSegments"
      FROM articles a LEFT JOIN outlets o ON o.id = a."outletId"
      WHERE ${where}${c ? Prisma.sql` AND (a."createdAt", a.id) < (${c.createdAt}::timestamptz, ${c.id}::uuid)` : Prisma.empty}
      ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${first + 1}`);
    // An empty page carries no total (a cursor past the end): count apart.
    const totalCount = rows[0]?.pageTotal ?? (c ? await this.count(where) : 0);
    const nodes = rows.slice(0, first).map(({ pageTotal: _t, pageOutlet, pageSegments, ...article }) => {
      // Not primed into articleById: without its raw input the row is not the whole article that loader promises.
      if (pageOutlet) ctx.loaders.outletById.prime(pageOutlet.id, { ...pageOutlet, createdAt: new Date(pageOutlet.createdAt) });
      if (pageSegments) ctx.loaders.segmentsByArticleId.prime(article.id, pageSegments);
      return article;
    });
    const edges = nodes.map((node) => ({ node, cursor: encodeArticleCursor(node.createdAt, node.id) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private async count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.prisma.prepared<{ n: number }>(
      Prisma.sql`SELECT count(*)::int AS n FROM articles a LEFT JOIN outlets o ON o.id = a."outletId" WHERE ${where}`,
    );
    return row?.n ?? 0;
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

/**
 * Every column of `articles a` but the raw input, which no GraphQL field shows (re-importing reads it apart):
 * it is the largest column (a whole HTML page for a web import), so a page of 50 would carry megabytes for nothing.
 */
const COLUMNS_BUT_RAW_TEXT = Prisma.raw(
  Object.values(Prisma.ArticleScalarFieldEnum)
    .filter((c) => c !== 'rawText')
    .map((c) => `a."${c}"`)
    .join(', '),
);

/** A row of the page statement: the article's columns and what came with them. */
type PageRow = Omit<Article, 'rawText'> & {
  rawText?: string;
  pageTotal: number;
  pageOutlet: (Omit<Outlet, 'createdAt'> & { createdAt: string }) | null;
  pageSegments: Segment[] | null;
};

/** Escapes LIKE's wildcards (and its escape character, backslash) so the text matches literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
