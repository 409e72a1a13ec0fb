import DataLoader from 'dataloader';
import { Prisma, type Article, type Outlet, type Segment } from '../../generated/prisma/client.js';
import type { PrismaService } from '../../infra/prisma/prisma.service.js';

/** An article's sentences as parallel lists in sentence order (the SegmentColumns GraphQL type). */
export interface SegmentColumns {
  ids: string[];
  texts: string[];
}

/**
 * The columns of a Segment row, for a subquery `x` whose rows Postgres turns into one JSON array per article
 * (`json_agg(x ORDER BY x.index)`): the driver then parses one value per article instead of 7 per sentence.
 * A row's own JSON costs Postgres a third less than building each object with json_build_object.
 */
export const SEGMENT_ROW_COLUMNS = Prisma.sql`s.id, s."articleId", s.index, s.paragraph, s.start, s."end", s.text`;

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Per-request loaders for articles, their outlets and segments: one query per batch, not per row. */
export function createArticleLoaders(prisma: PrismaService) {
  return {
    articleById: new DataLoader<string, Article | null>(async (ids) => {
      const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    outletById: new DataLoader<string, Outlet | null>(async (ids) => {
      const rows = await prisma.outlet.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    segmentsByArticleId: new DataLoader<string, Segment[]>(async (articleIds) => {
      // A page of articles primes this from its own statement (ArticlesService.list); this is the rest.
      const rows = await prisma.$queryRaw<{ articleId: string; segments: Segment[] }[]>`
        SELECT x."articleId", json_agg(x ORDER BY x.index) AS segments
        FROM (SELECT ${SEGMENT_ROW_COLUMNS} FROM segments s WHERE s."articleId" = ANY(${[...articleIds]}::uuid[])) x GROUP BY x."articleId"`;
      const byArticle = new Map(rows.map((r) => [r.articleId, r.segments]));
      return articleIds.map((id) => byArticle.get(id) ?? []);
    }),
    segmentColumnsByArticleId: new DataLoader<string, SegmentColumns>(async (articleIds) => {
      // A comparison page reads 15,000 sentences of 50 articles: two arrays per article instead of an object
      // per sentence keep both Postgres's JSON and GraphQL's execution to a few values per article.
      const rows = await prisma.$queryRaw<{ articleId: string; columns: SegmentColumns }[]>`
        SELECT "articleId", json_build_object('ids', json_agg(id ORDER BY index), 'texts', json_agg(text ORDER BY index)) AS columns
        FROM segments WHERE "articleId" = ANY(${[...articleIds]}::uuid[]) GROUP BY "articleId"`;
      const byArticle = new Map(rows.map((r) => [r.articleId, r.columns]));
      return articleIds.map((id) => byArticle.get(id) ?? { ids: [], texts: [] });
    }),
    comparisonCountByArticleId: new DataLoader<string, number>(async (articleIds) => {
      const rows = await prisma.comparisonArticle.groupBy({
        by: ['articleId'],
        where: { articleId: { in: [...articleIds] } },
        _count: { _all: true },
      });
      const byId = new Map(rows.map((r) => [r.articleId, r._count._all]));
      return articleIds.map((id) => byId.get(id) ?? 0);
    }),
  };
}

export { groupBy };

declare module '../../access/request-context.js' {
  /** The article loaders, available to every resolver as `ctx.loaders`. */
  interface RequestLoaders extends ReturnType<typeof createArticleLoaders> {}
}
