import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { importArticle } from '@parallax/text';
import type { Logger } from 'pino';
import { findRepoRoot } from '../config/repo-root';
import type { PrismaClient } from '../generated/prisma/client';
import { Role } from '../generated/prisma/enums';
import { findDuplicate, storeImportedArticle } from '../modules/articles/article-persistence';
import { hashPassword } from '../modules/auth/password';

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
  let imported = 0;
  for (const file of files) {
    const raw = await readFile(path.join(seedsDir, file), 'utf8');
    const isHtml = /\.html?$/i.test(file);
    const article = importArticle(isHtml ? { html: raw } : { text: raw });
    if (await findDuplicate(prisma, workspace.id, article.contentHash)) continue;
    await prisma.$transaction((tx) =>
      storeImportedArticle(tx, {
        workspaceId: workspace.id,
        importedById: user.id,
        rawText: raw,
        rawFormat: isHtml ? 'html' : 'text',
        url: null,
        imported: article,
      }),
    );
    imported++;
  }
  opts.log?.info({ imported, files: files.length, workspace: workspace.id }, 'demo seed done');
  return { user, workspace, imported };
}

/** Seeds the demo only when the database has no users yet (first start); later starts leave data alone. */
export async function seedDemoIfEmpty(prisma: PrismaClient, opts: SeedOptions) {
  if ((await prisma.user.count()) > 0) return null;
  return seedDemo(prisma, opts);
}
