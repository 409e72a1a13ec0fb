import type { Corpus } from '../text/corpus.js';
import type { SentenceFeatures } from '../text/features.js';

/** A sentence's features with its term weights resolved against one corpus, ready for fast comparison. */
export interface WeightedSentence {
  f: SentenceFeatures;
  /** Weight of each content term key. */
  w: Map<string, number>;
  /** Sum of squared weights (for the cosine). */
  norm2: number;
  /** Sum of weights (for coverage). */
  sum: number;
}

/** Resolves the term weights of a sentence against a corpus. */
export function weighSentence(f: SentenceFeatures, corpus: Corpus): WeightedSentence {
  const w = new Map<string, number>();
  let norm2 = 0;
  let sum = 0;
  for (const key of f.terms.keys()) {
    const weight = corpus.weight(key);
    w.set(key, weight);
    norm2 += weight * weight;
    sum += weight;
  }
  return { f, w, norm2, sum };
}
