import 'reflect-metadata';
import { ConfigError, configFromEnv } from './config/config.schema.js';
import { createApp } from './create-app.js';
import { prepareDatabase } from './infra/database/database-runtime.js';
import { createLogger } from './infra/logging/logger.js';
import { createPrismaClient } from './infra/prisma/prisma.service.js';
import { alignSeededComparisons } from './seed/align-seeded.js';
import { DEMO_EMAIL, seedDemoIfEmpty } from './seed/demo-seed.js';
import { suggestSeededThreads } from './seed/suggest-seeded-threads.js';

/** Exit code when the embedded database dies under the app (EX_TEMPFAIL: a restart may succeed). */
const DATABASE_LOST_EXIT_CODE = 75;

/**
 * Starts Parallax: validate config, bring up the database (embedded unless DATABASE_URL), migrate, seed a
 * demo on first start, then serve GraphQL, collab and the web app on one port. Ctrl-C / SIGTERM stop the
 * server and the embedded database cleanly.
 */
async function main() {
  let config;
  try {
    config = configFromEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const db = await prepareDatabase(config, log);
  // Without its database the app can only answer 503s; exiting lets the supervisor (`npm start`, systemd,
  // docker's restart policy) start everything afresh. Editors reconnect and resend what was not stored.
  db.onLost?.((reason) => {
    log.fatal({ reason }, 'the database is gone; exiting so the supervisor restarts Parallax');
    process.exit(DATABASE_LOST_EXIT_CODE);
  });
  let seededComparisons: string[] = [];
  if (config.seedDemo) {
    const prisma = createPrismaClient(db.url);
    try {
      seededComparisons = (await seedDemoIfEmpty(prisma, { demoPassword: config.demoPassword, log }))?.comparisons ?? [];
    } finally {
      await prisma.$disconnect();
    }
  }
  const app = await createApp({ config, databaseUrl: db.url, log });
  await app.init();
  // Aligning goes through the GraphQL features' AlignmentService, which a collab-only process does not load.
  if (config.APP_ROLES.includes('graphql')) {
    await alignSeededComparisons(app, seededComparisons, log);
    await suggestSeededThreads(app, seededComparisons, log);
  }
  await app.listen(config.PORT, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${(app.getHttpServer().address() as { port: number }).port}`;
  log.info({ url, database: db.embedded ? 'embedded' : 'DATABASE_URL', ms: Date.now() - started }, 'Parallax is ready');
  // One write, so whoever watches the output sees the URL and the login together.
  const login = config.seedDemo ? `\n  Demo login: ${DEMO_EMAIL} / ${config.demoPassword}` : '';
  console.log(`\n  Parallax is running at ${url}${login}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15000).unref();
    try {
      await app.close();
      await db.stop();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
