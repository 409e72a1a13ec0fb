// `prisma db seed` entry: creates the demo user/workspace and imports seeds/ through the API's importer.
// Needs the API built (npm run build) and DATABASE_URL; DEMO_PASSWORD overrides the demo password.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createPrismaClient } = require('../apps/api/dist/infra/prisma/prisma.service.js');
const { seedDemo, DEMO_EMAIL } = require('../apps/api/dist/seed/demo-seed.js');
const { applyMigrations } = require('../apps/api/dist/infra/database/migrator.js');

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. `npm start` seeds the embedded database by itself on first start.');
  process.exit(1);
}
await applyMigrations(url);
const prisma = createPrismaClient(url);
const password = process.env.DEMO_PASSWORD ?? 'parallax';
const result = await seedDemo(prisma, { demoPassword: password, log: { info: console.log, warn: console.warn } });
console.log(`Seeded: ${result.imported} new articles. Demo login: ${DEMO_EMAIL} / ${password}`);
await prisma.$disconnect();
