// `prisma db seed` entry: creates the demo user and workspace, imports seeds/ through the API's importer,
// creates the two sample comparisons and aligns them through the running app's collaborative docs.
// Needs the API built (npm run build) and DATABASE_URL; DEMO_PASSWORD overrides the demo password.
const api = (p: string) => import(`../apps/api/dist/${p}`);
const { parseConfig } = await api('config/config.schema.js');
const { applyMigrations } = await api('infra/database/migrator.js');
const { createLogger } = await api('infra/logging/logger.js');
const { createPrismaClient } = await api('infra/prisma/prisma.service.js');
const { seedDemo, DEMO_EMAIL } = await api('seed/demo-seed.js');
const { alignSeededComparisons } = await api('seed/align-seeded.js');
const { createApp } = await api('create-app.js');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. `npm start` seeds its embedded database by itself on first start.');
  process.exit(1);
}
const config = parseConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const log = createLogger(config.LOG_LEVEL);
await applyMigrations(url);
const prisma = createPrismaClient(url);
const result = await seedDemo(prisma, { demoPassword: config.demoPassword, log });
await prisma.$disconnect();
const app = await createApp({ config, databaseUrl: url, log });
await app.init();
await alignSeededComparisons(app, result.comparisons, log);
await app.close();
console.log(
  `Seeded ${result.imported} new articles and ${result.comparisons.length} comparisons. Demo login: ${DEMO_EMAIL} / ${config.demoPassword}`,
);
process.exit(0);
