import { createHash, randomBytes } from 'node:crypto';

/** Prefixes make leaked tokens recognisable by secret scanners and tell sessions from API tokens. */
export const SESSION_PREFIX = 'plxs_';
export const API_TOKEN_PREFIX = 'plx_';

/** Generates a random bearer token (256 bits) with the given prefix. */
export function generateToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Hashes a bearer token for storage. SHA-256 suffices (unlike passwords) because tokens are 256-bit random
 * values; a fast hash keeps per-request lookups cheap.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
