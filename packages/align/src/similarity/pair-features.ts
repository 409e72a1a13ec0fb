import { articleClash } from '../text/article-profile.js';
import { matchEntities, sameReferent, type Entity } from '../text/entities.js';
import type { SentenceFeatures } from '../text/features.js';
import { foldWord, keyOfStem, stemWord } from '../text/keys.js';
import { softCoverage } from './soft-match.js';
import type { WeightedSentence } from './weighted.js';

/**
 * The measurements a learned model combines into one similarity. Each is in [0, 1]; the order is the order of
 * the fitted weights (model-weights.ts), so add new ones at the end and refit.
 */
export const FEATURE_NAMES = [
  'containment', // share of the smaller sentence's term weight found in the larger: the strongest single cue
  'coverLarge', // share of the larger sentence's weight found in the smaller
  'cosine', // rarity-weighted cosine of stemmed content terms (synonym groups count 0.85)
  'bigrams', // Dice overlap of word bigrams: same phrasing
  'jaccard', // plain share of content terms, unweighted
  'softMin', // word-vector soft coverage, the weaker direction
  'softMax', // word-vector soft coverage, the stronger direction
  'entities', // Dice overlap of named entities (0 when either names none)
  'entityClash', // each side names something the other does not: another place, person or organisation
  'numberClash', // both give numbers and each has one the other lacks: another toll, date or amount
  'dateClash', // both give a day or date and none agree
  'lengthRatio', // weight of the smaller sentence over the larger
  'quotes', // a quotation both carry
  'sharedMass', // how much rare content the two share in absolute terms, log-scaled: long corroboration
  'numbersAgree', // both give numbers and share one ("81st", "7.3")
  'nameClashMass', // rarity-weighted names each side has and the other lacks (another host, another town)
  'articleClash', // the two sentences' articles give other names and figures: another event of the same kind
  'countClash', // both count the same thing with other figures ("23 pirates" / "26 pirates"), neither giving the other's
] as const;

/** The comparison of two weighted sentences, with the by-products other steps reuse. */
export interface PairFeatures {
  x: number[];
  cos: number;
  ngram: number;
  covA: number;
  covB: number;
  sharedTerms: number;
  sharedQuotes: number;
}

// A synonym is good evidence but not as good as the same word.
const SYNONYM_CREDIT = 0.85;
// Shared term weight (idf units) at which the absolute-evidence feature saturates: a dozen rare words.
const MASS_SCALE = 40;

/** The cheap part of a comparison, which the aligner computes for every candidate pair. */
export interface PairCore {
  cos: number;
  ngram: number;
  covA: number;
  covB: number;
  sharedTerms: number;
}

/** Weighted cosine, bigram overlap and coverage of a pair, without the model's costlier features. */
export function pairCore(a: WeightedSentence, b: WeightedSentence): PairCore {
  const { dot, sharedA, sharedB, count } = overlap(a, b);
  return {
    cos: a.norm2 && b.norm2 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0,
    ngram: dice(a.f.shingles, b.f.shingles),
    covA: a.sum ? sharedA / a.sum : 0,
    covB: b.sum ? sharedB / b.sum : 0,
    sharedTerms: count,
  };
}

/** Computes the features of a pair; `sharedQuotes` is passed in because quote matching lives with the evidence. */
export function pairFeatures(a: WeightedSentence, b: WeightedSentence, sharedQuotes: number): PairFeatures {
  const { dot, sharedA, sharedB, count } = overlap(a, b);
  const sharedMass = Math.min(1, Math.log1p(Math.min(sharedA, sharedB)) / Math.log(MASS_SCALE));
  const cos = a.norm2 && b.norm2 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0;
  const covA = a.sum ? sharedA / a.sum : 0;
  const covB = b.sum ? sharedB / b.sum : 0;
  const aSmaller = a.sum <= b.sum;
  const ngram = dice(a.f.shingles, b.f.shingles);
  const union = a.w.size + b.w.size - count;
  const vectors = a.vectors ?? b.vectors;
  const softA = softCoverage(a, b, vectors);
  const softB = softCoverage(b, a, vectors);
  const x = [
    aSmaller ? covA : covB,
    aSmaller ? covB : covA,
    cos,
    ngram,
    union ? count / union : 0,
    Math.min(softA, softB),
    Math.max(softA, softB),
    entityDice(a.f.entities, b.f.entities) ?? 0,
    entityClash(a.f.entities, b.f.entities),
    numberClash(a.f, b.f),
    dateClash(a.f, b.f),
    a.sum && b.sum ? Math.min(a.sum, b.sum) / Math.max(a.sum, b.sum) : 0,
    sharedQuotes > 0 ? 1 : 0,
    sharedMass,
    a.f.numbers.some((n) => b.f.numbers.includes(n)) ? 1 : 0,
    nameClashMass(a, b),
    articleClash(a.article, b.article),
    countClash(a.f, b.f),
  ];
  return { x, cos, ngram, covA, covB, sharedTerms: count, sharedQuotes };
}

function overlap(a: WeightedSentence, b: WeightedSentence): { dot: number; sharedA: number; sharedB: number; count: number } {
  let dot = 0;
  let sharedA = 0;
  let sharedB = 0;
  let count = 0;
  for (const [key, wa] of a.w) {
    const wb = b.w.get(key);
    if (wb === undefined) continue;
    const credit = sameStem(a.f, b.f, key) ? 1 : SYNONYM_CREDIT;
    dot += credit * wa * wb;
    sharedA += credit * wa;
    sharedB += credit * wb;
    count++;
  }
  return { dot, sharedA, sharedB, count };
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

// The smaller share of unmatched names of the two sides: 0 when one side's names are all found in the other.
// Roles aside (sameReferent): "Pakistan President Asif Ali Zardari" is not another person than "Zardari".
function entityClash(a: Entity[], b: Entity[]): number {
  if (!a.length || !b.length) return 0;
  const lostA = a.filter((x) => !b.some((y) => sameReferent(x, y))).length / a.length;
  const lostB = b.filter((y) => !a.some((x) => sameReferent(x, y))).length / b.length;
  return Math.min(lostA, lostB);
}

function numberClash(a: SentenceFeatures, b: SentenceFeatures): number {
  if (!a.numbers.length || !b.numbers.length) return 0;
  const extraA = a.numbers.some((n) => !b.numbers.includes(n));
  const extraB = b.numbers.some((n) => !a.numbers.includes(n));
  return extraA && extraB ? 1 : 0;
}

function dateClash(a: SentenceFeatures, b: SentenceFeatures): number {
  const da = a.attribution.filter((x) => x.startsWith('day:') || x.startsWith('date:'));
  const db = b.attribution.filter((x) => x.startsWith('day:') || x.startsWith('date:'));
  if (!da.length || !db.length) return 0;
  return da.some((x) => db.includes(x)) ? 0 : 1;
}

// Two figures that count the same thing (a context word in common) and differ, where neither sentence gives the
// other's figure at all: another toll, another haul, another event.
function countClash(a: SentenceFeatures, b: SentenceFeatures): number {
  for (const x of a.counts) {
    if (b.numbers.includes(x.value)) continue;
    for (const y of b.counts) {
      if (y.value !== x.value && !a.numbers.includes(y.value) && y.context.some((k) => x.context.includes(k))) return 1;
    }
  }
  return 0;
}

// A name missing from the other side weighs what its words weigh in the comparison: a participant every article
// names weighs little, the other event's protagonist a lot. The lesser of the two sides counts, log-scaled.
function nameClashMass(a: WeightedSentence, b: WeightedSentence): number {
  if (!a.f.entities.length || !b.f.entities.length) return 0;
  const lost = (x: WeightedSentence, y: WeightedSentence): number =>
    x.f.entities.filter((e) => !y.f.entities.some((o) => sameReferent(e, o))).reduce((sum, e) => sum + entityWeight(e, x), 0);
  return Math.min(1, Math.log1p(Math.min(lost(a, b), lost(b, a))) / Math.log(NAME_MASS_SCALE));
}

const NAME_MASS_SCALE = 12;
const ENTITY_KEYS = new WeakMap<Entity, string[]>();

function entityWeight(e: Entity, s: WeightedSentence): number {
  let keys = ENTITY_KEYS.get(e);
  if (!keys) ENTITY_KEYS.set(e, (keys = e.words.map((w) => keyOfStem(stemWord(foldWord(w))))));
  return keys.reduce((sum, k) => sum + (s.w.get(k) ?? 0), 0);
}
