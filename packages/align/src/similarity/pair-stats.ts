import { matchEntities, type Entity } from '../text/entities.js';
import type { SentenceFeatures } from '../text/features.js';
import type { WeightedSentence } from './weighted.js';

/** The measurements behind one comparison, kept apart so relation and alignment can reuse them. */
export interface PairStats {
  /** The combined similarity in [0, 1]. */
  score: number;
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

// A synonym is good evidence but not as good as the same word.
const SYNONYM_CREDIT = 0.85;
const W_COS = 0.6;
const W_NGRAM = 0.25;
const W_NAMES = 0.15;
const QUOTE_BONUS = 0.05;
const NUMBER_GATE = 0.4;

/** Compares two weighted sentences; this is the hot path of alignment, so it builds no evidence. */
export function pairStats(a: WeightedSentence, b: WeightedSentence): PairStats {
  const swap = a.w.size > b.w.size;
  const small = swap ? b : a;
  const large = swap ? a : b;
  let dot = 0;
  let shared = 0;
  let sharedCount = 0;
  for (const [key, weight] of small.w) {
    if (!large.w.has(key)) continue;
    const credit = sameStem(small.f, large.f, key) ? 1 : SYNONYM_CREDIT;
    dot += credit * weight * weight;
    shared += credit * weight;
    sharedCount++;
  }
  const cos = a.norm2 && b.norm2 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0;
  const ngram = dice(a.f.shingles, b.f.shingles);
  // A shared number corroborates shared content; on its own ("after 9 … on Friday") it proves little.
  const numbers = numberDice(a.f.numbers, b.f.numbers);
  const corroborated = numbers === undefined ? undefined : numbers * Math.min(1, cos / NUMBER_GATE);
  const names = meanOfDefined(entityDice(a.f.entities, b.f.entities), corroborated) ?? cos;
  const sharedQuotes = countSharedQuotes(a.f, b.f);
  const raw = W_COS * cos + W_NGRAM * ngram + W_NAMES * names + Math.min(2, sharedQuotes) * QUOTE_BONUS;
  return {
    score: Math.min(1, Math.max(0, raw)),
    cos,
    ngram,
    covA: a.sum ? shared / a.sum : 0,
    covB: b.sum ? shared / b.sum : 0,
    sharedTerms: sharedCount,
    sharedQuotes,
  };
}

function sameStem(a: SentenceFeatures, b: SentenceFeatures, key: string): boolean {
  const sa = a.terms.get(key)!.stems;
  const sb = b.terms.get(key)!.stems;
  return sa.some((s) => sb.includes(s));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** Dice overlap of entity mentions, or undefined when either side names nothing. */
export function entityDice(a: Entity[], b: Entity[]): number | undefined {
  if (!a.length || !b.length) return undefined;
  let matched = 0;
  for (const x of a) if (b.some((y) => matchEntities(x, y))) matched++;
  for (const y of b) if (a.some((x) => matchEntities(x, y))) matched++;
  return matched / (a.length + b.length);
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
  for (const [x, y] of [[a, b], [b, a]] as const) {
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
    s = ` ${f.tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm).join(' ')} `;
    WORD_STRINGS.set(f, s);
  }
  return s;
}
