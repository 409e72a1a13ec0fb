import DataLoader from 'dataloader';
import type { Article } from '../../generated/prisma/client.js';
import type { PrismaService } from '../../infra/prisma/prisma.service.js';
import { groupBy } from '../articles/articles.loader.js';

/** Per-request loaders for the articles of comparisons, in comparison order. */
export function createComparisonLoaders(prisma: PrismaService) {
  return {
    articlesByComparisonId: new DataLoader<string, Article[]>(async (comparisonIds) => {
      const rows = await prisma.comparisonArticle.findMany({
        where: { comparisonId: { in: [...comparisonIds] } },
        include: { article: true },
        orderBy: [{ comparisonId: 'asc' }, { position: 'asc' }],
      });
      const grouped = groupBy(rows, (r) => r.comparisonId);
      return comparisonIds.map((id) => (grouped.get(id) ?? []).map((r) => r.article));
    }),
  };
}

declare module '../../access/request-context.js' {
  /** The comparison loaders, available to every resolver as `ctx.loaders`. */
  interface RequestLoaders extends ReturnType<typeof createComparisonLoaders> {}
}
