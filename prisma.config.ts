import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The Prisma CLI downloads its native schema engine before running any command, which fails offline
// (STACK.md §9). Nothing here needs it: `generate` and `db seed` never call it, and migrations run through
// the wasm engine (apps/api/scripts/migrate.mjs, and the seed applies them itself). Pointing the CLI at a
// stand-in, only when the user has not chosen an engine, makes `npx prisma db seed` work on a fresh clone.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(path.dirname(fileURLToPath(import.meta.url)), 'scripts', 'no-schema-engine.sh');

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
