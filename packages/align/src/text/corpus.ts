import { COMMON_NEWS_WORDS } from '../lexicon/stopwords.js';
import { foldWord, keyOfStem, stemWord } from './keys.js';
import { sentenceFeatures, type SentenceFeatures } from './features.js';
import type { WordVectors } from '../vectors/word-vectors.js';
import { buildArticleProfiles, type ArticleProfile } from './article-profile.js';

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
  /** Word vectors for soft matching, when the app loaded them (see decodeWordVectors). */
  readonly vectors?: WordVectors;
  /** The share of the comparison's articles that use a term key (0 when articles are unknown). */
  articleShare?(key: string): number;
  /** The names and figures an article of the comparison gives (undefined when articles are unknown). */
  articleProfile?(articleId: string): ArticleProfile | undefined;
}

/** What a corpus may know besides the sentences. */
export interface CorpusOptions {
  /** Word vectors for soft word matching. */
  vectors?: WordVectors;
  /** The article of each sentence, in the same order: terms that every article repeats are discounted. */
  articleIds?: readonly string[];
}

// Names and words every article of a comparison repeats (the participants: "Zardari", "Xi") tell its claims
// apart poorly, however rare they are in each article; above half the articles their weight falls, to half.
const SPREAD_DISCOUNT = 0.3;
const MIN_ARTICLES_FOR_SPREAD = 3;

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
export function buildCorpus(texts: string[], options: CorpusOptions = {}): Corpus {
  return corpusFromFeatures(texts.map(sentenceFeatures), options);
}

/** Builds a corpus from sentences already analysed (the aligner analyses each sentence once). */
export function corpusFromFeatures(features: readonly SentenceFeatures[], options: CorpusOptions = {}): Corpus {
  const df = new Map<string, number>();
  for (const f of features) {
    for (const key of f.terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const corpus = corpusFromCounts(features.length, df, { vectors: options.vectors, spread: articleSpread(features, options.articleIds) });
  if (!options.articleIds) return corpus;
  const profiles = buildArticleProfiles(features, options.articleIds, corpus.weight);
  return { ...corpus, articleProfile: (id) => profiles.get(id) };
}

/** For each term key, the share of articles that use it (empty when fewer than three articles are known). */
export function articleSpread(features: readonly SentenceFeatures[], articleIds: readonly string[] | undefined): Map<string, number> {
  const spread = new Map<string, number>();
  const articles = new Set(articleIds ?? []);
  if (!articleIds || articles.size < MIN_ARTICLES_FOR_SPREAD) return spread;
  const seen = new Map<string, Set<string>>();
  features.forEach((f, i) => {
    for (const key of f.terms.keys()) {
      let set = seen.get(key);
      if (!set) seen.set(key, (set = new Set()));
      set.add(articleIds[i]!);
    }
  });
  for (const [key, set] of seen) spread.set(key, set.size / articles.size);
  return spread;
}

/** Builds a corpus from document frequencies counted elsewhere. */
export function corpusFromCounts(
  docCount: number,
  df: ReadonlyMap<string, number>,
  extra: { vectors?: WordVectors; spread?: ReadonlyMap<string, number> } = {},
): Corpus {
  const cache = new Map<string, number>();
  const weight = (key: string): number => {
    let w = cache.get(key);
    if (w === undefined) {
      const repeated = Math.max(0, ((extra.spread?.get(key) ?? 0) - 0.5) / 0.5);
      w = priorWeight(key) * (Math.log((1 + docCount) / (1 + (df.get(key) ?? 0))) + 1) * (1 - SPREAD_DISCOUNT * repeated);
      cache.set(key, w);
    }
    return w;
  };
  return { docCount, df, weight, vectors: extra.vectors, articleShare: (key) => extra.spread?.get(key) ?? 0 };
}
