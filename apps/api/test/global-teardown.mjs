import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const db = globalThis.__PARALLAX_TEST_DB__;
  if (!db) return;
  await db.handle.stop();
  rmSync(db.dir, { recursive: true, force: true });
}
