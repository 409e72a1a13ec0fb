import { normaliseForHash } from './contentHash.js';

/** Number of hash functions in a signature; 128 keeps the Jaccard estimate within about ±0.09. */
export const SIGNATURE_SIZE = 128;
const SHINGLE_WORDS = 3;
const SEEDS = makeSeeds(SIGNATURE_SIZE);

/**
 * Returns a MinHash signature of the body's 3-word shingles: SIGNATURE_SIZE unsigned 32-bit numbers.
 * Two signatures agree position by position about as often as the shingle sets overlap (Jaccard), so a
 * wire story syndicated by two outlets scores high even with different headers, cuts or typo fixes.
 */
export function shingleSignature(body: string): number[] {
  const words = normaliseForHash(body)
    .split(' ')
    .filter((w) => w !== '');
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  if (words.length === 0) return signature;
  const width = Math.min(SHINGLE_WORDS, words.length);
  const seen = new Set<number>();
  for (let i = 0; i + width <= words.length; i += 1) {
    const h = fnv1a(words, i, width);
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < SIGNATURE_SIZE; k += 1) {
      const v = mix(h ^ SEEDS[k]);
      if (v < signature[k]) signature[k] = v;
    }
  }
  return signature;
}

/**
 * Estimates the Jaccard similarity (0..1) of two bodies from their signatures. Empty bodies and
 * signatures of different sizes score 0.
 */
export function nearDuplicateScore(a: number[], b: number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  let empty = true;
  for (let k = 0; k < a.length; k += 1) {
    if (a[k] !== 0xffffffff) empty = false;
    if (a[k] === b[k]) same += 1;
  }
  return empty ? 0 : same / a.length;
}

// FNV-1a over the words of one shingle, with a separator so "ab c" and "a bc" differ.
function fnv1a(words: readonly string[], from: number, width: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + width; w += 1) {
    const word = words[w];
    for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
  }
  return h >>> 0;
}

// murmur3's finaliser: a cheap, well-mixed 32-bit permutation.
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function makeSeeds(n: number): number[] {
  const seeds: number[] = [];
  let s = 0x9e3779b9;
  for (let i = 0; i < n; i += 1) {
    s = mix(s + 0x6d2b79f5);
    seeds.push(s);
  }
  return seeds;
}
