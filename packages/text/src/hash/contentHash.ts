import { createHash } from 'node:crypto';
import { NOT_WORD_CHARS } from './letters.js';

const NEEDS_NFKC =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufb00-\ufb4f\ufe20-\ufe2f\uff00-\uffef\u2460-\u24ff\u3300-\u33ff]/;
// Curly and straight apostrophes must not change the hash, nor must they split a word in two.
const APOSTROPHES = /['’‘`]/g;

/**
 * Reduces text to lower-case words separated by single spaces. Whitespace (including no-break spaces),
 * case, punctuation and quote styles disappear, so re-pasting the same article hashes the same.
 */
export function normaliseForHash(text: string): string {
  // NFKC is costly; only text with combining marks, ligatures or full-width forms needs it.
  const composed = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  return composed.toLowerCase().replace(APOSTROPHES, '').replace(NOT_WORD_CHARS, ' ').trim();
}

/** Returns the SHA-256 (hex) of the normalised body: equal for the same article imported twice. */
export function contentHash(body: string): string {
  return createHash('sha256').update(normaliseForHash(body)).digest('hex');
}
