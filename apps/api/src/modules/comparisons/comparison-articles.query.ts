import type { PrismaService } from '../../infra/prisma/prisma.service.js';
import { NotFound } from '../../infra/errors/app-error.js';

/** Loads a comparison with its articles in column order, each with its outlet and sentences in order. */
export async function loadComparisonWithArticles(prisma: PrismaService, comparisonId: string) {
  const comparison = await prisma.comparison.findUnique({
    where: { id: comparisonId },
    include: {
      articles: {
        orderBy: { position: 'asc' },
        include: { article: { include: { outlet: true, segments: { orderBy: { index: 'asc' } } } } },
      },
    },
  });
  if (!comparison) throw new NotFound('Comparison', comparisonId);
  return comparison;
}
