import { stemmer } from 'stemmer';
import { ATTRIBUTING_VERBS, INTENSIFIERS, isQualifierWord, MONTHS, PLACE_PREPOSITIONS, SOFTENERS, STOPWORDS } from './lexicon.js';

/** What the thread code needs to know about one sentence, computed once. */
export interface SentenceFacts {
  text: string;
  /** Stems of content words (no stopwords, three letters or more), for blocking candidate pairs. */
  stems: Set<string>;
  /** Numbers as written without separators ("1,200" → "1200"), ordinals and percentages included. */
  numbers: string[];
  /** Month names and four-digit years. */
  dates: string[];
  /** Capitalised names after a place preposition ("in Lahore" → "lahore"). */
  places: string[];
  /** Capitalised words not at the start of the sentence, lower-cased (a crude but general name detector). */
  names: string[];
  softeners: string[];
  intensifiers: string[];
  /** Who the sentence says states or agrees (the words before the first attributing verb), normalised; or null. */
  agent: string | null;
  /** Every word in lower case, hyphenated words also split ("one-china", "one", "china"). */
  words: Set<string>;
  /** Qualifiers with the word they qualify ("an inalienable part" → ["inalienable", "part"]), lower case. */
  qualifiers: [qualifier: string, head: string][];
}

// Stemming is the costly step and news vocabulary repeats: remember each word's stem (bounded, for long runs).
const STEMS = new Map<string, string>();
function stemOf(low: string): string {
  let stem = STEMS.get(low);
  if (stem === undefined) {
    if (STEMS.size > 200_000) STEMS.clear();
    stem = stemmer(low.replace(/[’'-]/g, ''));
    STEMS.set(low, stem);
  }
  return stem;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu;

/** The content-word stems of a sentence alone: the cheap part of {@link sentenceFacts}, enough for blocking. */
export function sentenceStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}’'-]+/u)) {
    const low = word.replace(/^[’'-]+|[’'-]+$/gu, '');
    if (low.length >= 3 && !STOPWORDS.has(low) && !/^\d/.test(low)) stems.add(stemOf(low));
  }
  return stems;
}

/** Reads the facts of a sentence. Pure and fast: one tokenisation, no lexicon look-ups beyond sets. */
export function sentenceFacts(text: string): SentenceFacts {
  const raw = [...text.matchAll(WORD)].map((m) => m[0].replace(/[.,’']+$/u, ''));
  const lower = raw.map((w) => w.toLowerCase());
  const facts: SentenceFacts = {
    text,
    stems: new Set(),
    numbers: [],
    dates: [],
    places: [],
    names: [],
    softeners: [],
    intensifiers: [],
    agent: null,
    words: new Set(lower.flatMap((w) => [w, ...w.split('-')])),
    qualifiers: qualifiersOf(raw, lower),
  };
  raw.forEach((word, i) => readWord(facts, word, lower[i]!, i === 0 ? null : lower[i - 1]!, i));
  facts.numbers = numbersOf(lower);
  facts.agent = agentOf(text);
  return facts;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 };
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i) => [w, i + 1])
    .concat([
      ['twenty', 20],
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['hundred', 100],
      ['half', 0.5],
      ['dozen', 12],
    ]),
);

/**
 * The figures of a sentence as values, so that wordings of one amount compare equal ("2.5 billion", "2,500
 * million" and "2.5bn" are one figure; "12%" and "12 per cent" too) and a changed scale is a changed number
 * ("5 million" → "5 billion"). Spelled-out numbers count only before a scale or "per cent" ("three billion"):
 * elsewhere they are as often not figures ("the two sides", "one of the"). Ordinals lose their suffix.
 */
function numbersOf(lower: readonly string[]): string[] {
  const out: string[] = [];
  lower.forEach((low, i) => {
    const next = lower[i + 1] ?? '';
    const scaled = SCALES[next] !== undefined && next.length > 2;
    let value: number | null = null;
    let m: RegExpExecArray | null;
    if ((m = /^(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th|%|k|m|bn|tn)?$/.exec(low))) {
      if (/^(19|20)\d\d$/.test(m[1]!) && !m[2]) return;
      value = Number(m[1]!.replace(/,/g, '')) * (m[2] && SCALES[m[2]] ? SCALES[m[2]]! : 1);
    } else if (NUMBER_WORDS[low] !== undefined && (scaled || next === 'per' || next === 'percent')) value = NUMBER_WORDS[low]!;
    if (value === null || Number.isNaN(value)) return;
    out.push(String(scaled ? value * SCALES[next]! : value));
  });
  return out;
}

/**
 * A lower-case qualifier directly followed by a content word ("firm commitment", "fully supports"): the pair
 * lets two wordings be compared slot by slot, so "inalienable part" → "inseparable part" reads as one qualifier
 * replaced by another, not as two unrelated words.
 */
function qualifiersOf(raw: readonly string[], lower: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < lower.length; i++) {
    const head = lower[i + 1]!;
    if (!/^\p{Ll}/u.test(raw[i]!) || !isQualifierWord(lower[i]!)) continue;
    if (STOPWORDS.has(head) || !/^\p{L}/u.test(head)) continue;
    out.push([lower[i]!, head]);
  }
  return out;
}

function readWord(f: SentenceFacts, word: string, low: string, prev: string | null, i: number): void {
  if (/^\d/.test(low)) {
    // Years are dates; every other figure is read by numbersOf, which needs the words around it.
    if (/^(19|20)\d\d$/.test(low)) f.dates.push(low);
    return;
  }
  // "May" is a month only when capitalised inside the sentence; otherwise it is the modal (a softener).
  const month = MONTHS.has(low) && /^\p{Lu}/u.test(word) && (low !== 'may' || i > 0);
  if (month) f.dates.push(low.slice(0, 3));
  if (SOFTENERS.has(low) && !month) f.softeners.push(low);
  if (INTENSIFIERS.has(low)) f.intensifiers.push(low);
  const capitalised = /^\p{Lu}/u.test(word) && !STOPWORDS.has(low);
  if (capitalised && i > 0 && !MONTHS.has(low)) {
    f.names.push(low);
    if (prev && PLACE_PREPOSITIONS.has(prev)) f.places.push(low);
  }
  if (!STOPWORDS.has(low) && low.length >= 3 && /\p{L}/u.test(low)) f.stems.add(stemOf(low));
}

// "Both sides", "the two sides" and "the two countries" are one agent; a named country is another.
const COLLECTIVE = /^(the )?(two|both) (sides|countries|nations|parties|leaders|governments)$|^(both|the sides|they)$/;

function agentOf(text: string): string | null {
  const words = text.split(/\s+/).slice(0, 14);
  const at = words.findIndex((w, i) => i > 0 && ATTRIBUTING_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (at < 0) return trailingAgentOf(text);
  // "For its part, Pakistan reaffirmed": the agent is what follows the last comma before the verb.
  const before = words.slice(0, at).join(' ').split(/[,;:]/).pop()!.toLowerCase();
  const phrase = before
    .split(' ')
    .filter((w) => w && !LEADING_NOISE.has(w))
    .join(' ');
  if (!phrase) return null;
  return COLLECTIVE.test(phrase) ? 'both sides' : phrase;
}

// "…, the foreign ministry said." at the end of a long sentence: the clause after the last comma.
function trailingAgentOf(text: string): string | null {
  const last = text
    .trim()
    .replace(/[.!"”’]+$/u, '')
    .split(/[,;:]/)
    .pop()!
    .trim()
    .toLowerCase()
    .split(/\s+/);
  if (last.length < 2 || last.length > 6 || !ATTRIBUTING_VERBS.has(last[last.length - 1]!.replace(/[^\p{L}]/gu, ''))) return null;
  const phrase = last
    .slice(0, -1)
    .filter((w) => !LEADING_NOISE.has(w))
    .join(' ');
  return !phrase ? null : COLLECTIVE.test(phrase) ? 'both sides' : phrase;
}

const LEADING_NOISE: ReadonlySet<string> = new Set(
  'also further on monday tuesday wednesday thursday friday saturday sunday have has had then meanwhile'.split(' '),
);
