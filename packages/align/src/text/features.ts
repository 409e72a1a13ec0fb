import { ANTONYM_PAIRS, HEDGE_WORDS, MONTHS, NEGATION_WORDS, REPORTING_WORDS, SCALE_WORDS, WEEKDAYS } from '../lexicon/cues.js';
import { extractEntities, type Entity } from './entities.js';
import { extractQuotes, type Quote } from './quotes.js';
import { isContent, tokenize, type Token } from './tokenize.js';

/** One content term of a sentence: its matching key, the stems that produced it, and the first surface form. */
export interface Term {
  key: string;
  stems: string[];
  surface: string;
}

/** Everything the engine reads from one sentence, computed once and reused for every comparison. */
export interface SentenceFeatures {
  text: string;
  tokens: Token[];
  /** Content terms by key, in first-occurrence order. */
  terms: Map<string, Term>;
  /** Word bigrams over keys, skipping pairs of two function words; the phrase-level evidence. */
  shingles: Set<string>;
  entities: Entity[];
  /** Canonical number values, a scale word applied ("62 billion" → "62000000000"); not digits inside a name ("76ers"). */
  numbers: string[];
  /** Each figure with the content words around it ("arrested 23 … pirates"), to tell what it counts. */
  counts: Count[];
  quotes: Quote[];
  /** Intensifiers and hedges, lower case, in order. */
  hedges: string[];
  /** How many negations the sentence holds; only its parity matters. */
  negations: number;
  /** Stems that take part in an antonym pair. */
  polarStems: Set<string>;
  /** Attribution items: "day:thursday", "date:2-5", "src:office". */
  attribution: string[];
}

/** A figure and the keys of the words that say what it counts: the word before it and a few after, within a clause. */
export interface Count {
  value: string;
  context: string[];
}

const POLAR = new Set(ANTONYM_PAIRS.flat());
const STATEMENT_WORDS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'readout']);

/** Computes the features of one sentence. */
export function sentenceFeatures(text: string): SentenceFeatures {
  const tokens = tokenize(text);
  const entities = extractEntities(tokens);
  return {
    text,
    tokens,
    terms: collectTerms(tokens),
    shingles: collectShingles(tokens),
    entities,
    numbers: collectNumbers(tokens),
    counts: collectCounts(tokens),
    quotes: extractQuotes(text, tokens),
    hedges: tokens.filter((t) => t.kind === 'word' && HEDGE_WORDS.has(t.norm)).map((t) => t.norm),
    negations: tokens.filter((t) => t.negated || NEGATION_WORDS.has(t.norm)).length,
    polarStems: new Set(tokens.filter((t) => POLAR.has(t.stem)).map((t) => t.stem)),
    attribution: collectAttribution(tokens, entities),
  };
}

function collectTerms(tokens: Token[]): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const token of tokens) {
    if (!isContent(token)) continue;
    const term = terms.get(token.key);
    if (!term) terms.set(token.key, { key: token.key, stems: [token.stem], surface: token.norm });
    else if (!term.stems.includes(token.stem)) term.stems.push(token.stem);
  }
  return terms;
}

function collectShingles(tokens: Token[]): Set<string> {
  const words = tokens.filter((t) => t.kind !== 'punct');
  const shingles = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    if (a.stop && b.stop) continue;
    shingles.add(`${a.key} ${b.key}`);
  }
  return shingles;
}

function collectNumbers(tokens: Token[]): string[] {
  const values = new Set<string>();
  tokens.forEach((token, i) => {
    if (isFigure(tokens, i)) values.add(figureValue(tokens, i));
  });
  return [...values].sort();
}

// Digits written against letters belong to a name ("76ers", "G20", "A380", "5G"), not to a figure the text
// reports; a scale or a short unit glued after them ("2bn", "5km", "3pm") still makes a figure.
function isFigure(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind !== 'number') return false;
  const [prev, next] = [tokens[i - 1], tokens[i + 1]];
  if (prev?.kind === 'word' && prev.end === token.start) return false;
  if (next?.kind !== 'word' || next.start !== token.end || SCALE_WORDS[next.norm] !== undefined) return true;
  return next.norm.length < 3 && !next.cap;
}

function figureValue(tokens: Token[], i: number): string {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const scale = next && next.kind === 'word' ? SCALE_WORDS[next.norm] : undefined;
  const numeric = Number(token.stem);
  return scale && Number.isFinite(numeric) ? String(numeric * scale) : token.stem;
}

// How many content words after a figure may still say what it counts ("23 heavily armed Somali and Yemeni pirates").
const COUNT_REACH = 5;
const LIST_WORDS = new Set(['and', 'or']);

function collectCounts(tokens: Token[]): Count[] {
  const counts: Count[] = [];
  tokens.forEach((token, i) => {
    if (!isFigure(tokens, i) || dateAt(tokens, i - 1) || dateAt(tokens, i + 1)) return;
    const context: string[] = [];
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && isContent(prev)) context.push(prev.key);
    for (let k = i + 1, n = 0; k < tokens.length && n < COUNT_REACH; k++) {
      const t = tokens[k]!;
      // The counted noun comes before the clause goes on: a preposition, another figure or punctuation ends it.
      if ((t.kind === 'punct' && t.norm !== '-') || t.kind === 'number' || (t.stop && !LIST_WORDS.has(t.norm))) break;
      if (t.kind === 'word' && isContent(t)) {
        context.push(t.key);
        n++;
      }
    }
    if (context.length) counts.push({ value: figureValue(tokens, i), context });
  });
  return counts;
}

function collectAttribution(tokens: Token[], entities: Entity[]): string[] {
  const items = new Set<string>();
  tokens.forEach((token, i) => {
    if (WEEKDAYS.has(token.norm)) items.add(`day:${token.norm}`);
    const date = dateAt(tokens, i);
    if (date) items.add(`date:${date}`);
    if (REPORTING_WORDS.has(token.norm) || STATEMENT_WORDS.has(token.norm)) {
      for (const source of sourcesNear(tokens, entities, i)) items.add(`src:${source}`);
    }
  });
  return [...items].sort();
}

function dateAt(tokens: Token[], i: number): string | null {
  const month = tokens[i] && MONTHS[tokens[i]!.norm];
  if (month === undefined || !tokens[i]!.cap) return null;
  const day = [tokens[i + 1], tokens[i - 1]].find((t) => t?.kind === 'number' && Number(t.stem) >= 1 && Number(t.stem) <= 31);
  return day ? `${month}-${Number(day.stem)}` : null;
}

// A source is the head word of a named entity right next to the cue: before a reporting verb ("the Foreign Office
// said" → "office") or after "according to" / "statement by"; head words let "Pakistan's Foreign Office" match
// "the Foreign Office". A statement cue also counts as a source of its own.
function sourcesNear(tokens: Token[], entities: Entity[], i: number): string[] {
  const cue = tokens[i]!.norm;
  const window =
    cue === 'according' ? tokens.slice(i + 1, i + 8) : STATEMENT_WORDS.has(cue) ? afterBy(tokens, i) : tokens.slice(Math.max(0, i - 4), i);
  const names = entities.filter((e) => windowHas(window, e)).map((e) => e.words[e.words.length - 1]!);
  if (STATEMENT_WORDS.has(cue) || window.some((t) => STATEMENT_WORDS.has(t.norm))) names.push('statement');
  return names;
}

function afterBy(tokens: Token[], i: number): Token[] {
  const by = tokens.slice(i + 1, i + 6).findIndex((t) => t.norm === 'by' || t.norm === 'from');
  return by < 0 ? [] : tokens.slice(i + 2 + by, i + 8 + by);
}

function windowHas(window: Token[], entity: Entity): boolean {
  const first = entity.surface.split(' ')[0];
  return window.some((t) => t.text === first);
}
