import DataLoader from 'dataloader';
import type { Article, Outlet, Segment } from '../../generated/prisma/client.js';
import type { PrismaService } from '../../infra/prisma/prisma.service.js';

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
      // Raw SQL: a page of articles carries hundreds of sentences, and this is the hottest read of the API.
      const rows = await prisma.$queryRaw<Segment[]>`
        SELECT id, "articleId", index, paragraph, start, "end", text FROM segments
        WHERE "articleId" = ANY(${[...articleIds]}::uuid[]) ORDER BY "articleId", index`;
      const grouped = groupBy(rows, (r) => r.articleId);
      return articleIds.map((id) => grouped.get(id) ?? []);
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
