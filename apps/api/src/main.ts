import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { ConfigError, configFromEnv, type AppConfig } from './config/config.schema.js';
import { createApp } from './create-app.js';
import { prepareDatabase, type DatabaseHandle } from './infra/database/database-runtime.js';
import { createLogger } from './infra/logging/logger.js';
import { createPrismaClient } from './infra/prisma/prisma.service.js';
import { runClusterPrimary, runClusterWorker } from './main-cluster.js';
import { CONFIG_ERROR_EXIT_CODE, DATABASE_LOST_EXIT_CODE, onStopSignal } from './main-process.js';
import { alignSeededComparisons } from './seed/align-seeded.js';
import { DEMO_EMAIL, seedDemoIfEmpty } from './seed/demo-seed.js';
import { suggestSeededThreads } from './seed/suggest-seeded-threads.js';

/**
 * Starts Parallax: validate config, bring up the database (embedded unless DATABASE_URL), migrate, seed a
 * demo on first start, then serve GraphQL, collab and the web app on one port — from API_WORKERS processes
 * (main-cluster.ts) or this one. Ctrl-C / SIGTERM stop the server and the embedded database cleanly.
 */
async function main() {
  let config: AppConfig;
  try {
    config = configFromEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(CONFIG_ERROR_EXIT_CODE);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  if (cluster.isWorker) return runClusterWorker(config, log, serve);
  const started = Date.now();
  const { db, seededComparisons } = await prepare(config, log);
  if (config.API_WORKERS > 1)
    return runClusterPrimary(config, log, db, seededComparisons, (url) => announce(config, log, url, db, started));
  // Without its database the app can only answer 503s; exiting lets the supervisor (`npm start`, systemd,
  // docker's restart policy) start everything afresh. Editors reconnect and resend what was not stored.
  db.onLost?.((reason) => {
    log.fatal({ reason }, 'the database is gone; exiting so the supervisor restarts Parallax');
    process.exit(DATABASE_LOST_EXIT_CODE);
  });
  const app = await serve(config, log, db.url, seededComparisons);
  announce(config, log, `http://${config.HOST}:${(app.getHttpServer().address() as { port: number }).port}`, db, started);
  onStopSignal(log, async () => {
    await app.close();
    await db.stop();
  });
}

/** The database, migrated, and the demo seeded on first start (once per machine: the primary does it). */
async function prepare(config: AppConfig, log: Logger): Promise<{ db: DatabaseHandle; seededComparisons: string[] }> {
  const db = await prepareDatabase(config, log);
  let seededComparisons: string[] = [];
  if (config.seedDemo) {
    const prisma = createPrismaClient(db.url);
    try {
      seededComparisons = (await seedDemoIfEmpty(prisma, { demoPassword: config.demoPassword, log }))?.comparisons ?? [];
    } finally {
      await prisma.$disconnect();
    }
  }
  return { db, seededComparisons };
}

/** Builds the app on `databaseUrl`, aligns freshly seeded comparisons, and listens on PORT. */
async function serve(config: AppConfig, log: Logger, databaseUrl: string, seededComparisons: string[]) {
  const app = await createApp({ config, databaseUrl, log });
  await app.init();
  // Aligning goes through the GraphQL features' AlignmentService, which a collab-only process does not load.
  if (config.APP_ROLES.includes('graphql')) {
    await alignSeededComparisons(app, seededComparisons, log);
    await suggestSeededThreads(app, seededComparisons, log);
  }
  await app.listen(config.PORT, config.HOST);
  return app;
}

function announce(config: AppConfig, log: Logger, address: string, db: DatabaseHandle, started: number): void {
  const url = address.replace('//0.0.0.0:', '//localhost:');
  log.info(
    { url, database: db.embedded ? 'embedded' : 'DATABASE_URL', workers: config.API_WORKERS, ms: Date.now() - started },
    'Parallax is ready',
  );
  // One write, so whoever watches the output sees the URL and the login together.
  const login = config.seedDemo ? `\n  Demo login: ${DEMO_EMAIL} / ${config.demoPassword}` : '';
  console.log(`\n  Parallax is running at ${url}${login}\n`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
