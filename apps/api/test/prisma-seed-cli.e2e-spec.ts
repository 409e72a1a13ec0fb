import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createPrismaClient } from '../src/infra/prisma/prisma.service.js';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * `npx prisma db seed` as the README and every Prisma user expect it: from the repository root, against a
 * fresh database, with no engine path set and no way to download one (a dead proxy stands in for "offline").
 */
describe('npx prisma db seed', () => {
  const database = `seed_cli_${Date.now().toString(36)}`;
  const base = new URL(process.env.DATABASE_URL!);
  const url = new URL(base);
  url.pathname = `/${database}`;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
  });

  it('works offline on a fresh database without PRISMA_SCHEMA_ENGINE_BINARY', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url.toString(),
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      LOG_LEVEL: 'error',
    };
    delete env.PRISMA_SCHEMA_ENGINE_BINARY;
    delete env.NODE_OPTIONS;
    const { stdout } = await run('npx', ['prisma', 'db', 'seed'], { cwd: REPO, env, timeout: 170_000 });
    expect(stdout).toMatch(/Seeded 5 new articles and 2 comparisons/);
    const prisma = createPrismaClient(url.toString());
    try {
      expect(await prisma.article.count()).toBe(5);
      expect(await prisma.comparison.count()).toBe(2);
    } finally {
      await prisma.$disconnect();
    }
  }, 180_000);
});
