import { stemmer } from 'stemmer';
import { ATTRIBUTING_VERBS, INTENSIFIERS, MONTHS, PLACE_PREPOSITIONS, SOFTENERS, STOPWORDS } from './lexicon.js';

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
  };
  raw.forEach((word, i) => readWord(facts, word, lower[i]!, i === 0 ? null : lower[i - 1]!, i));
  facts.agent = agentOf(text);
  return facts;
}

function readWord(f: SentenceFacts, word: string, low: string, prev: string | null, i: number): void {
  if (/^\d/.test(low)) {
    const n = low.replace(/,/g, '');
    if (/^(19|20)\d\d$/.test(n)) f.dates.push(n);
    else f.numbers.push(n.replace(/(st|nd|rd|th)$/, ''));
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
  if (at < 0) return null;
  // "For its part, Pakistan reaffirmed": the agent is what follows the last comma before the verb.
  const before = words.slice(0, at).join(' ').split(/[,;:]/).pop()!.toLowerCase();
  const phrase = before
    .split(' ')
    .filter((w) => w && !LEADING_NOISE.has(w))
    .join(' ');
  if (!phrase) return null;
  return COLLECTIVE.test(phrase) ? 'both sides' : phrase;
}

const LEADING_NOISE: ReadonlySet<string> = new Set(
  'also further on monday tuesday wednesday thursday friday saturday sunday have has had then meanwhile'.split(' '),
);
