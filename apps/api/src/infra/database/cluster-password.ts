import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What clusters created before per-folder passwords used; replaced on their next start (see ensureDatabase). */
export const LEGACY_PASSWORD = 'parallax-local';

/**
 * The embedded cluster's superuser password, generated once per data folder and kept in a file only its
 * owner can read. A password fixed in the source would be known to anyone who can reach the port (any local
 * user, or a container network).
 */
export function clusterPassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-superuser-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
