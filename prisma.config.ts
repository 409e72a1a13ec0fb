import { defineConfig } from 'prisma/config';

// Prisma CLI config. The datasource URL falls back to a placeholder because `prisma generate` needs none,
// and `env()` from prisma/config throws when DATABASE_URL is unset (STACK.md P6).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.mts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/parallax',
  },
});
