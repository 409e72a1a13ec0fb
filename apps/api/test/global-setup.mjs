// Starts a throwaway embedded Postgres for the api tests (the same launcher the product uses), applies
// the migrations, and hands DATABASE_URL to the jest workers through the environment.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort } from './support/free-port.mjs';

const require = createRequire(import.meta.url);

export default async function globalSetup() {
  const { startEmbeddedPostgres } = await import('../dist/infra/database/embedded-postgres.js');
  const { applyMigrations } = await import('../dist/infra/database/migrator.js');
  const pino = require('pino');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-api-test-'));
  const handle = await startEmbeddedPostgres(dir, await freePort(), pino({ level: 'silent' }));
  await applyMigrations(handle.url);
  process.env.DATABASE_URL = handle.url;
  globalThis.__PARALLAX_TEST_DB__ = { handle, dir };
}
