import type { WordVectors } from '../vectors/word-vectors.js';
import type { WeightedSentence } from './weighted.js';

// Below this cosine two GloVe words are mostly just topical neighbours ("china" ~ "taiwan"), not a rewording.
const MIN_COSINE = 0.5;
// Cosines of word pairs are cached per vector set; the cap bounds memory in a long-running server.
const MAX_CACHED = 1 << 21;
const CACHES = new WeakMap<WordVectors, Map<number, number>>();

function cachedCosine(vectors: WordVectors, i: number, j: number): number {
  let cache = CACHES.get(vectors);
  if (!cache) CACHES.set(vectors, (cache = new Map()));
  const key = i < j ? i * vectors.size + j : j * vectors.size + i;
  let c = cache.get(key);
  if (c === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    c = vectors.cosine(i, j);
    cache.set(key, c);
  }
  return c;
}

/**
 * The share of `from`'s term weight matched in `to`, where a term found in `to` counts 1 and a term that is not
 * counts the cosine of its nearest word in `to` (when at least MIN_COSINE): "bolster" finds "strengthen".
 * Without word vectors only exact matches count.
 */
export function softCoverage(from: WeightedSentence, to: WeightedSentence, vectors: WordVectors | undefined): number {
  if (!from.sum) return 0;
  let matched = 0;
  let k = 0;
  for (const [key, weight] of from.w) {
    const row = from.rows[k++]!;
    if (to.w.has(key)) matched += weight;
    else if (vectors && row >= 0) matched += weight * nearest(vectors, row, to);
  }
  return matched / from.sum;
}

function nearest(vectors: WordVectors, row: number, to: WeightedSentence): number {
  let best = 0;
  for (const other of to.rows) {
    if (other < 0 || other === row) continue;
    const c = cachedCosine(vectors, row, other);
    if (c > best) best = c;
  }
  return best >= MIN_COSINE ? best : 0;
}
