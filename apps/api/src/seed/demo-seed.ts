import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { suggestEvents } from '@parallax/text';
import type { Logger } from 'pino';
import { findRepoRoot } from '../config/repo-root.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { Role } from '../generated/prisma/enums.js';
import { importBatch, type RawArticle } from '../modules/articles/article-import.js';
import { hashPassword } from '../modules/auth/password.js';

export const DEMO_EMAIL = 'demo@parallax.local';
export const DEMO_WORKSPACE = 'Demo workspace';

/** Options of the demo seed. */
export interface SeedOptions {
  demoPassword: string;
  log?: Pick<Logger, 'info' | 'warn'>;
  seedsDir?: string;
}

/**
 * Creates the demo user and workspace and imports every file of seeds/ through the importer.
 * Idempotent: users, workspaces and articles (by content hash) are never duplicated.
 */
export async function seedDemo(prisma: PrismaClient, opts: SeedOptions) {
  const passwordHash = await hashPassword(opts.demoPassword);
  const user = await prisma.user.upsert({
    where: { email: DEMO_EMAIL },
    create: { email: DEMO_EMAIL, name: 'Demo Journalist', passwordHash },
    update: { passwordHash },
  });
  let workspace = await prisma.workspace.findFirst({
    where: { name: DEMO_WORKSPACE, memberships: { some: { userId: user.id, role: Role.OWNER } } },
  });
  workspace ??= await prisma.workspace.create({
    data: { name: DEMO_WORKSPACE, memberships: { create: { userId: user.id, role: Role.OWNER } } },
  });
  const seedsDir = opts.seedsDir ?? path.join(findRepoRoot(), 'seeds');
  const files = (await readdir(seedsDir)).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  const raws: RawArticle[] = await Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(seedsDir, file), 'utf8');
      return /\.html?$/i.test(file) ? { workspaceId: workspace.id, html: raw } : { workspaceId: workspace.id, text: raw };
    }),
  );
  const outcomes = await importBatch(prisma, raws, { importedById: user.id });
  const imported = outcomes.filter((o) => 'articleId' in o).length;
  for (const o of outcomes) {
    if ('error' in o && o.error.code !== 'DUPLICATE_ARTICLE')
      opts.log?.warn({ file: files[o.index], error: o.error }, 'seed file not imported');
  }
  const comparisons = await createSuggestedComparisons(prisma, workspace.id, user.id);
  opts.log?.info({ imported, comparisons: comparisons.length, files: files.length, workspace: workspace.id }, 'demo seed done');
  return { user, workspace, imported, comparisons };
}

/** Seeds the demo only when the database has no users yet (first start); later starts leave data alone. */
export async function seedDemoIfEmpty(prisma: PrismaClient, opts: SeedOptions) {
  if ((await prisma.user.count()) > 0) return null;
  return seedDemo(prisma, opts);
}

/**
 * Creates one comparison per event the importer's grouping finds among the workspace's articles, unless a
 * comparison with the same articles exists. Returns the ids it created (to be aligned once the app runs).
 */
async function createSuggestedComparisons(prisma: PrismaClient, workspaceId: string, userId: string) {
  const articles = await prisma.article.findMany({
    where: { workspaceId },
    select: { id: true, headline: true, body: true, publishedAt: true },
  });
  const existing = await prisma.comparison.findMany({ where: { workspaceId }, select: { articles: { select: { articleId: true } } } });
  const known = new Set(
    existing.map((c) =>
      c.articles
        .map((a) => a.articleId)
        .sort()
        .join(','),
    ),
  );
  const created: string[] = [];
  for (const s of suggestEvents(articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null })))) {
    if (s.articleIds.length < 2 || known.has([...s.articleIds].sort().join(','))) continue;
    const comparison = await prisma.comparison.create({
      data: {
        workspaceId,
        title: s.label,
        createdById: userId,
        articles: { create: s.articleIds.map((articleId, position) => ({ articleId, position })) },
      },
    });
    created.push(comparison.id);
  }
  return created;
}
