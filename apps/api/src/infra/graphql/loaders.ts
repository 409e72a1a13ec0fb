import type { PrismaService } from '../prisma/prisma.service.js';
import { createArticleLoaders } from '../../modules/articles/articles.loader.js';
import { createComparisonLoaders } from '../../modules/comparisons/comparisons.loader.js';
import { createThreadLoaders } from '../../modules/threads/threads.loader.js';
import { createWorkspaceLoaders } from '../../modules/workspaces/workspaces.loader.js';

/** Builds a fresh set of DataLoaders for one request (caches must never outlive it). */
export function createLoaders(prisma: PrismaService) {
  return {
    ...createWorkspaceLoaders(prisma),
    ...createArticleLoaders(prisma),
    ...createComparisonLoaders(prisma),
    ...createThreadLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
