import type { SentenceFeatures } from '../text/features.js';
import { modelScore } from './model.js';
import { entityDice, FEATURE_NAMES, pairCore, pairFeatures, type PairCore } from './pair-features.js';
import type { WeightedSentence } from './weighted.js';

/** The measurements behind one comparison, kept apart so relation and alignment can reuse them. */
export interface PairStats {
  /** The hand-set lexical score the clustering thresholds are expressed in, in [0, 1]. */
  score: number;
  /** The learned probability that the two report the same claim (model-weights.ts), in [0, 1]. */
  readonly learned: number;
  /** Weighted cosine of the content terms. */
  cos: number;
  /** Dice overlap of word bigrams. */
  ngram: number;
  /** Share of a's term weight found in b, and of b's found in a: unequal coverage means one holds more. */
  covA: number;
  covB: number;
  /** How many content terms the two share. */
  sharedTerms: number;
  sharedQuotes: number;
}

/**
 * Compares two weighted sentences; this is the hot path of alignment, so it builds no evidence, and the learned
 * score (whose features cost more) is computed only when a rule first asks for it. Below `learnedGate` the
 * lexical score already rules the pair out, so the learned score reads 0 without being computed.
 */
export function pairStats(a: WeightedSentence, b: WeightedSentence, learnedGate = 0): PairStats {
  const sharedQuotes = countSharedQuotes(a.f, b.f);
  const core = pairCore(a, b);
  return new LazyPairStats(a, b, core, lexicalScore(a, b, core.cos, core.ngram, sharedQuotes), sharedQuotes, learnedGate);
}

class LazyPairStats implements PairStats {
  readonly cos: number;
  readonly ngram: number;
  readonly covA: number;
  readonly covB: number;
  readonly sharedTerms: number;
  private cached: number | undefined;

  constructor(
    private readonly a: WeightedSentence,
    private readonly b: WeightedSentence,
    core: PairCore,
    readonly score: number,
    readonly sharedQuotes: number,
    private readonly gate: number,
  ) {
    this.cos = core.cos;
    this.ngram = core.ngram;
    this.covA = core.covA;
    this.covB = core.covB;
    this.sharedTerms = core.sharedTerms;
  }

  get learned(): number {
    if (this.cached === undefined) this.cached = this.score >= this.gate ? learnedScore(this.a, this.b, this.sharedQuotes) : 0;
    return this.cached;
  }
}

const COUNT_CLASH = FEATURE_NAMES.indexOf('countClash');

/**
 * The learned score of a pair. With `ignoreCounts` the count clash ("23 pirates" / "26 pirates") is left out, for
 * callers that judge figures themselves: threads across events keep a restated commitment whose figure was updated.
 */
export function learnedScore(a: WeightedSentence, b: WeightedSentence, sharedQuotes: number, ignoreCounts = false): number {
  const { x, sharedTerms } = pairFeatures(a, b, sharedQuotes);
  if (ignoreCounts) x[COUNT_CLASH] = 0;
  // Sentences with no content term in common are not scored by the model: soft matches alone prove nothing.
  return sharedTerms === 0 && x[5]! < 0.5 ? 0 : modelScore(x);
}

const W_COS = 0.6;
const W_NGRAM = 0.25;
const W_NAMES = 0.15;
const QUOTE_BONUS = 0.05;
const NUMBER_GATE = 0.4;

// The hand-set score the clustering rules (thresholds, margins) were tuned on; the learned score vetoes on top.
function lexicalScore(a: WeightedSentence, b: WeightedSentence, cos: number, ngram: number, sharedQuotes: number): number {
  // A shared number corroborates shared content; on its own ("after 9 … on Friday") it proves little.
  const numbers = numberDice(a.f.numbers, b.f.numbers);
  const corroborated = numbers === undefined ? undefined : numbers * Math.min(1, cos / NUMBER_GATE);
  const names = meanOfDefined(entityDice(a.f.entities, b.f.entities), corroborated) ?? cos;
  const raw = W_COS * cos + W_NGRAM * ngram + W_NAMES * names + Math.min(2, sharedQuotes) * QUOTE_BONUS;
  return Math.min(1, Math.max(0, raw));
}

function numberDice(a: string[], b: string[]): number | undefined {
  if (!a.length || !b.length) return undefined;
  const shared = a.filter((x) => b.includes(x)).length;
  return (2 * shared) / (a.length + b.length);
}

function meanOfDefined(x: number | undefined, y: number | undefined): number | undefined {
  if (x === undefined) return y;
  return y === undefined ? x : (x + y) / 2;
}

/** Quoted passages of either sentence whose words also occur, in order, in the other. */
export function sharedQuoteTexts(a: SentenceFeatures, b: SentenceFeatures): string[] {
  const found: string[] = [];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const haystack = wordString(y);
    for (const q of x.quotes) {
      if (q.norm.includes(' ') || q.norm.length > 3) {
        if (haystack.includes(` ${q.norm} `) && !found.includes(q.norm)) found.push(q.norm);
      }
    }
  }
  return found;
}

function countSharedQuotes(a: SentenceFeatures, b: SentenceFeatures): number {
  return a.quotes.length || b.quotes.length ? sharedQuoteTexts(a, b).length : 0;
}

const WORD_STRINGS = new WeakMap<SentenceFeatures, string>();

/** The sentence's word norms joined by spaces, padded, for substring tests on whole words. */
export function wordString(f: SentenceFeatures): string {
  let s = WORD_STRINGS.get(f);
  if (s === undefined) {
    s = ` ${f.tokens
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.norm)
      .join(' ')} `;
    WORD_STRINGS.set(f, s);
  }
  return s;
}
