import type { PrismaService } from '../prisma/prisma.service';
import { createArticleLoaders } from '../../modules/articles/articles.loader';
import { createComparisonLoaders } from '../../modules/comparisons/comparisons.loader';
import { createWorkspaceLoaders } from '../../modules/workspaces/workspaces.loader';

/** Builds a fresh set of DataLoaders for one request (caches must never outlive it). */
export function createLoaders(prisma: PrismaService) {
  return {
    ...createWorkspaceLoaders(prisma),
    ...createArticleLoaders(prisma),
    ...createComparisonLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
