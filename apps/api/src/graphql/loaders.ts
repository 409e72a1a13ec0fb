import { createAccessLoaders } from '../access/access.loaders.js';
import type { RequestLoaders } from '../access/request-context.js';
import type { PrismaService } from '../infra/prisma/prisma.service.js';
import { createArticleLoaders } from '../modules/articles/articles.loader.js';
import { createClaimLoaders } from '../modules/claims/claims.loader.js';
import { createComparisonLoaders } from '../modules/comparisons/comparisons.loader.js';
import { createThreadLoaders } from '../modules/threads/threads.loader.js';

/**
 * Builds a fresh set of DataLoaders for one request (caches must never outlive it): the one place every
 * feature's loaders are assembled. `satisfies` fails the build when a feature declares a loader in
 * RequestLoaders that is not built here.
 */
export function createLoaders(prisma: PrismaService): RequestLoaders {
  return {
    ...createAccessLoaders(prisma),
    ...createArticleLoaders(prisma),
    ...createComparisonLoaders(prisma),
    ...createClaimLoaders(prisma),
    ...createThreadLoaders(prisma),
  } satisfies RequestLoaders;
}
