import { createHash } from 'node:crypto';

const NON_WORD = /[^\p{L}\p{N}]+/gu;
// Curly and straight apostrophes must not change the hash, nor must they split a word in two.
const APOSTROPHES = /['’‘`]/g;

/**
 * Reduces text to lower-case words separated by single spaces. Whitespace (including no-break spaces),
 * case, punctuation and quote styles disappear, so re-pasting the same article hashes the same.
 */
export function normaliseForHash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** Returns the SHA-256 (hex) of the normalised body: equal for the same article imported twice. */
export function contentHash(body: string): string {
  return createHash('sha256').update(normaliseForHash(body)).digest('hex');
}
