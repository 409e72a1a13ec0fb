import type { Corpus } from '../text/corpus.js';
import type { SentenceFeatures } from '../text/features.js';
import type { WordVectors } from '../vectors/word-vectors.js';
import type { ArticleProfile } from '../text/article-profile.js';

/** A sentence's features with its term weights resolved against one corpus, ready for fast comparison. */
export interface WeightedSentence {
  f: SentenceFeatures;
  /** Weight of each content term key. */
  w: Map<string, number>;
  /** Word-vector row of each term, in the order of `w` (-1 when unknown or without vectors). */
  rows: Int32Array;
  /** The corpus's word vectors, when it has any. */
  vectors?: WordVectors;
  /** Sum of squared weights (for the cosine). */
  norm2: number;
  /** Sum of weights (for coverage). */
  sum: number;
  /** The names and figures of the sentence's article, when the corpus knows it. */
  article?: ArticleProfile;
}

/** Resolves the term weights (and word-vector rows) of a sentence against a corpus, in its article when known. */
export function weighSentence(f: SentenceFeatures, corpus: Corpus, articleId?: string): WeightedSentence {
  const w = new Map<string, number>();
  const rows = new Int32Array(f.terms.size).fill(-1);
  let norm2 = 0;
  let sum = 0;
  let k = 0;
  for (const [key, term] of f.terms) {
    const weight = corpus.weight(key);
    w.set(key, weight);
    if (corpus.vectors) rows[k] = corpus.vectors.indexOf(term.surface);
    k++;
    norm2 += weight * weight;
    sum += weight;
  }
  const article = articleId === undefined ? undefined : corpus.articleProfile?.(articleId);
  return { f, w, rows, vectors: corpus.vectors, norm2, sum, article };
}
