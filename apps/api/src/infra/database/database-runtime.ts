import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.schema.js';
import { startEmbeddedPostgres, type DatabaseHandle } from './embedded-postgres.js';
import { applyMigrations } from './migrator.js';

/**
 * Brings up the database the app will use: the server named by DATABASE_URL, or the embedded cluster,
 * then applies pending migrations. Returns a handle whose stop() shuts an embedded cluster down.
 */
export async function prepareDatabase(config: AppConfig, log: Logger): Promise<DatabaseHandle> {
  const handle: DatabaseHandle = config.DATABASE_URL
    ? { url: config.DATABASE_URL, embedded: false, stop: async () => undefined }
    : await startEmbeddedPostgres(config.dataDir, config.EMBEDDED_PG_PORT, log);
  try {
    const applied = await applyMigrations(handle.url);
    if (applied.length) log.info({ applied }, 'applied database migrations');
  } catch (err) {
    await handle.stop();
    throw err;
  }
  return handle;
}

export type { DatabaseHandle };
