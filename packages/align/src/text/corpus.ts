import { COMMON_NEWS_WORDS } from '../lexicon/stopwords.js';
import { foldWord, keyOfStem, stemWord } from './keys.js';
import { sentenceFeatures, type SentenceFeatures } from './features.js';

/**
 * Term rarity over the sentences of one comparison. A term that most sentences share ("China" in a China–Pakistan
 * comparison) weighs little; a term few share ("Gwadar") weighs a lot.
 */
export interface Corpus {
  /** How many sentences the corpus was built from. */
  readonly docCount: number;
  /** In how many sentences each term key occurs. */
  readonly df: ReadonlyMap<string, number>;
  /** The weight of a term key: its smoothed inverse document frequency times a prior for common news words. */
  weight(key: string): number;
}

// Common news words keep half their weight even when a small comparison makes them look rare.
const COMMON_KEYS: ReadonlySet<string> = new Set([...COMMON_NEWS_WORDS].map((w) => keyOfStem(stemWord(foldWord(w)))));
const COMMON_PRIOR = 0.5;

/** The weight of a term key before any corpus is known: 1, or less for common news words. */
export function priorWeight(key: string): number {
  return COMMON_KEYS.has(key) ? COMMON_PRIOR : 1;
}

/** The corpus used when none is given: every term weighs its prior. */
export const DEFAULT_CORPUS: Corpus = { docCount: 0, df: new Map(), weight: priorWeight };

/**
 * Builds a corpus from the sentences of a comparison. Weights use the smoothed idf ln((1 + N) / (1 + df)) + 1,
 * which never falls below 1, so that in a corpus of two sentences a shared term is not outweighed by unshared ones.
 */
export function buildCorpus(texts: string[]): Corpus {
  return corpusFromFeatures(texts.map(sentenceFeatures));
}

/** Builds a corpus from sentences already analysed (the aligner analyses each sentence once). */
export function corpusFromFeatures(features: readonly SentenceFeatures[]): Corpus {
  const df = new Map<string, number>();
  for (const f of features) {
    for (const key of f.terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return corpusFromCounts(features.length, df);
}

/** Builds a corpus from document frequencies counted elsewhere. */
export function corpusFromCounts(docCount: number, df: ReadonlyMap<string, number>): Corpus {
  const cache = new Map<string, number>();
  const weight = (key: string): number => {
    let w = cache.get(key);
    if (w === undefined) {
      w = priorWeight(key) * (Math.log((1 + docCount) / (1 + (df.get(key) ?? 0))) + 1);
      cache.set(key, w);
    }
    return w;
  };
  return { docCount, df, weight };
}
