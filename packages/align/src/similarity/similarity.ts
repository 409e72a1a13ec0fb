import type { SimilarityResult } from '../types.js';
import { DEFAULT_CORPUS, type Corpus } from '../text/corpus.js';
import { sentenceFeatures } from '../text/features.js';
import { buildEvidence } from './evidence.js';
import { pairFeatures } from './pair-features.js';
import { learnedScore, pairStats, sharedQuoteTexts } from './pair-stats.js';
import { weighSentence, type WeightedSentence } from './weighted.js';

/**
 * Scores how likely two sentences say the same thing, in [0, 1], and returns the evidence: shared content terms
 * weighted by rarity (idf over `corpus`, see buildCorpus; without one, common news words count half), shared word
 * runs, named entities, numbers and quoted phrases. The score is a logistic model over the features of
 * pair-features.ts (containment, weighted cosine, bigrams, word-vector soft coverage when the corpus has vectors,
 * and vetoes for clashing names, numbers and dates), with weights fitted on public train splits
 * (bench/fit-similarity.mjs). Identical texts score 1.
 */
export function similarity(a: string, b: string, corpus: Corpus = DEFAULT_CORPUS): SimilarityResult {
  const wa = weighSentence(sentenceFeatures(a), corpus);
  const wb = weighSentence(sentenceFeatures(b), corpus);
  return { score: Math.round(scoreAnalysed(wa, wb) * 1000) / 1000, evidence: buildEvidence(wa, wb) };
}

/** A sentence analysed once against a corpus, for scripts that score many pairs (fitting, benchmarks). */
export type AnalysedSentence = WeightedSentence;

/**
 * Analyses a sentence against a corpus; pass the result to {@link similarityFeatures} or {@link scoreAnalysed}.
 * With the id of its article (one of the corpus's `articleIds`), the article's names and figures take part.
 */
export function analyseSentence(text: string, corpus: Corpus = DEFAULT_CORPUS, articleId?: string): AnalysedSentence {
  return weighSentence(sentenceFeatures(text), corpus, articleId);
}

/** The feature vector (FEATURE_NAMES order) the learned model scores; used to fit and to inspect the model. */
export function similarityFeatures(a: AnalysedSentence, b: AnalysedSentence): number[] {
  return pairFeatures(a, b, sharedQuoteTexts(a.f, b.f).length).x;
}

/** The similarity score of two analysed sentences (the same number {@link similarity} returns, unrounded). */
export function scoreAnalysed(a: AnalysedSentence, b: AnalysedSentence): number {
  return a.f.text === b.f.text ? 1 : pairStats(a, b).learned;
}

/**
 * The similarity of two analysed sentences of different events, with figures left to the caller: the count clash
 * that tells look-alike events apart within a comparison is not counted, because across events a restated
 * commitment may carry an updated figure ("trade of $5 billion" → "$8 billion"), which threads flag and veto themselves.
 */
export function scoreAcrossEvents(a: AnalysedSentence, b: AnalysedSentence): number {
  return a.f.text === b.f.text ? 1 : learnedScore(a, b, sharedQuoteTexts(a.f, b.f).length, true);
}
