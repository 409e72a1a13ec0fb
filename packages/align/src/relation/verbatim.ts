import type { SentenceFeatures } from '../text/features.js';

/**
 * The share of words two sentences have in common in the same order: 2 × LCS / (|a| + |b|) over lower-case word
 * forms, ignoring punctuation. Wire copy reused by two outlets scores close to 1 even after light edits.
 */
export function wordOrderRatio(a: SentenceFeatures, b: SentenceFeatures): number {
  const x = a.tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
  const y = b.tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
  if (!x.length || !y.length) return x.length === y.length ? 1 : 0;
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return (2 * prev[y.length]!) / (x.length + y.length);
}
