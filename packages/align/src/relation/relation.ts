import type { DiffFlag, Relation, RelationResult } from '../types.js';
import { ANTONYM_PAIRS } from '../lexicon/cues.js';
import { DEFAULT_CORPUS, type Corpus } from '../text/corpus.js';
import { sentenceFeatures } from '../text/features.js';
import { pairStats, type PairStats } from '../similarity/pair-stats.js';
import { weighSentence, type WeightedSentence } from '../similarity/weighted.js';
import { diffFlags, polarityConflict, scopeFor } from './flags.js';
import { wordOrderRatio } from './verbatim.js';

/** Word-order agreement at which two sentences count as the same copy. */
export const VERBATIM_RATIO = 0.9;
const SUBSTANTIVE: ReadonlySet<DiffFlag> = new Set<DiffFlag>(['NUMBER', 'ENTITY', 'HEDGE']);
/** Below this similarity a polarity mismatch is more likely a different claim than a contradiction. */
const CONTRADICTION_MIN_SCORE = 0.35;

/**
 * Classifies how `other` relates to `base` (the claim's reference): VERBATIM (same words in the same order, no
 * changed number, name or intensity), CONTRADICTS (similar but negated or reversed), PARTIAL (one covers clearly less than the
 * other: a split or a merge), else PARAPHRASE; plus the flags of what differs and a confidence in [0, 1].
 */
export function relationBetween(base: string, other: string, corpus: Corpus = DEFAULT_CORPUS): RelationResult {
  return relate(weighed(base, corpus), weighed(other, corpus));
}

// A row measures every outlet's sentence against one base: analysing the base once per row, not once per
// sentence, halves the work of drawing a large comparison. Only the default corpus is kept; the cap bounds memory.
const WEIGHED = new Map<string, WeightedSentence>();
const MAX_WEIGHED = 2000;

function weighed(text: string, corpus: Corpus): WeightedSentence {
  if (corpus !== DEFAULT_CORPUS) return weighSentence(sentenceFeatures(text), corpus);
  let w = WEIGHED.get(text);
  if (!w) {
    if (WEIGHED.size >= MAX_WEIGHED) WEIGHED.clear();
    WEIGHED.set(text, (w = weighSentence(sentenceFeatures(text), corpus)));
  }
  return w;
}

/** {@link relationBetween} on sentences already analysed; `stats` may be passed when already computed. */
export function relate(base: WeightedSentence, other: WeightedSentence, stats = pairStats(base, other)): RelationResult {
  const ratio = stats.cos >= 0.7 ? wordOrderRatio(base.f, other.f) : 0;
  let relation = classify(base, other, stats, ratio);
  let flags = diffFlags(base.f, other.f, scopeFor(relation, base.sum >= other.sum));
  // Copy with a name, a number or the force of a statement changed is no longer the same copy.
  if (relation === 'VERBATIM' && flags.some((f) => SUBSTANTIVE.has(f))) {
    relation = isPartial(stats, base.sum, other.sum) ? 'PARTIAL' : 'PARAPHRASE';
    flags = diffFlags(base.f, other.f, scopeFor(relation, base.sum >= other.sum));
  }
  const confidence = relation === 'VERBATIM' ? ratio : confidenceOf(stats.score);
  return { relation, flags, confidence: Math.round(confidence * 100) / 100 };
}

function classify(base: WeightedSentence, other: WeightedSentence, stats: PairStats, ratio: number): Relation {
  const samePolarity = !polarityConflict(base.f, other.f, ANTONYM_PAIRS);
  if (!samePolarity && stats.score >= CONTRADICTION_MIN_SCORE) return 'CONTRADICTS';
  const sameNumbers = base.f.numbers.join() === other.f.numbers.join();
  if (ratio >= VERBATIM_RATIO && sameNumbers && samePolarity) return 'VERBATIM';
  return isPartial(stats, base.sum, other.sum) ? 'PARTIAL' : 'PARAPHRASE';
}

/**
 * True when one sentence covers clearly less than the other: the smaller is mostly found in the larger, the
 * larger is not mostly found in the smaller, and the larger carries clearly more weight.
 */
export function isPartial(stats: PairStats, sumA: number, sumB: number): boolean {
  const [covSmall, covLarge, small, large] = sumA <= sumB ? [stats.covA, stats.covB, sumA, sumB] : [stats.covB, stats.covA, sumB, sumA];
  return covSmall >= 0.55 && covLarge <= 0.7 * covSmall && large >= 1.4 * small;
}

/** Maps a similarity score to a confidence: 0.5 at 0.3, about 0.95 at 0.6. */
export function confidenceOf(score: number): number {
  return 1 / (1 + Math.exp(-10 * (score - 0.3)));
}
