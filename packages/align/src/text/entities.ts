import { MONTHS, WEEKDAYS } from '../lexicon/cues.js';
import { DEMONYMS, ENTITY_ALIASES } from '../lexicon/synonyms.js';
import { COMMON_NEWS_WORDS, STOPWORDS } from '../lexicon/stopwords.js';
import type { Token } from './tokenize.js';
import { foldWord } from './keys.js';

/** A named entity mention: a run of capitalised words, or an acronym. */
export interface Entity {
  /** As written in the text. */
  surface: string;
  /** Lower case, folded (demonym → country), leading titles and "the" removed, words joined by one space. */
  canon: string;
  /** The words of `canon`. */
  words: string[];
  /** True for all-capital acronyms such as "CPEC" or "UN". */
  acronym: boolean;
  /** `words` without a generic head ("gwadar" for "gwadar port"), precomputed because matching is a hot path. */
  core: string[];
  /** `core` joined by one space. */
  coreKey: string;
  /** Initials of the content words, to match acronyms ("cpec"). */
  initials: string;
  /** The surface in lower case without a leading "the", to tell aliases from spellings. */
  folded: string;
  /**
   * `words` without the leading role words of a person's name: countries, titles and their modifiers
   * ("pakistan president asif ali zardari" → "asif ali zardari"). Only `sameReferent` reads it.
   */
  bare: string[];
}

// Titles and generic heads are dropped before comparing names, so "President Zardari" matches "Zardari" and
// "Gwadar Port" matches "Gwadar", without letting "China" match "China Space Station".
const TITLES = new Set(
  'former president premier minister mr ms mrs dr gen general chief secretary king queen prince senator spokesperson spokesman ambassador'.split(
    ' ',
  ),
);
// Words that are part of a title only before another title word ("Foreign Minister", not "Foreign Office").
const TITLE_MODIFIERS = new Set('foreign interior deputy prime vice defense finance state'.split(' '));
const CALENDAR = new Set([...Object.keys(MONTHS), ...WEEKDAYS].filter((w) => w.length > 3));
const GENERIC_HEADS = new Set('port city province region airport district river valley strip state'.split(' '));
const COUNTRY_WORDS = new Set(Object.values(DEMONYMS));
const ALIAS_OF: ReadonlyMap<string, string> = new Map(ENTITY_ALIASES.flatMap((g) => g.map((n) => [n, g[0]!])));
const CONNECTORS = new Set(['of', 'the', 'de', 'for']);
// Words that sit inside a role before the name: "the", and the "s" a possessive leaves ("Pakistan's President").
const ROLE_FILLERS = new Set(['the', 's']);

/** Finds the named entities of a tokenised sentence. */
export function extractEntities(tokens: Token[]): Entity[] {
  const entities: Entity[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.norm)) run.pop();
    if (run.length) entities.push(makeEntity(run));
    run = [];
  };
  tokens.forEach((token, i) => {
    if (isNameWord(tokens, i)) run.push(token);
    else if (run.length && CONNECTORS.has(token.norm) && isNameWord(tokens, i + 1 + (tokens[i + 1]?.norm === 'the' ? 1 : 0)))
      run.push(token);
    else if (!(run.length && token.text === '-' && isNameWord(tokens, i + 1))) flush();
  });
  flush();
  return entities;
}

function isNameWord(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  // Days and months are dates, compared as attribution, not names.
  if (!token || token.kind !== 'word' || !token.cap || CALENDAR.has(token.norm)) return false;
  if (!isSentenceStart(tokens, i)) return !STOPWORDS.has(token.norm) || token.text === 'US';
  // A capital at the start of a sentence proves nothing; accept only words that are unlikely to be ordinary.
  const n = token.norm;
  return (
    !STOPWORDS.has(n) &&
    !COMMON_NEWS_WORDS.has(n) &&
    !/(?:ing|ed|ly)$/.test(n) &&
    (COUNTRY_WORDS.has(foldWord(n)) || isNameWord(tokens, i + 1) || n.length > 3)
  );
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const prev = tokens[j]!;
    if (prev.kind !== 'punct') return false;
    if ('.!?:;'.includes(prev.text)) return true;
  }
  return true;
}

function makeEntity(run: Token[]): Entity {
  const surface = run.map((t, i) => (i && run[i - 1]!.end < t.start ? ' ' : '') + t.text).join('');
  const acronym = run.length === 1 && /^[\p{Lu}\d]{2,7}$/u.test(run[0]!.text);
  let words = run.filter((t) => t.kind !== 'punct').map((t) => foldWord(t.norm));
  while (words.length > 1 && (words[0] === 'the' || TITLES.has(words[0]!) || isTitleModifier(words))) words = words.slice(1);
  const joined = words.join(' ');
  const canon = ALIAS_OF.get(joined) ?? joined;
  const canonWords = canon.split(' ');
  const core = canonWords.length > 1 && GENERIC_HEADS.has(canonWords[canonWords.length - 1]!) ? canonWords.slice(0, -1) : canonWords;
  return {
    surface,
    canon,
    words: canonWords,
    acronym,
    core,
    coreKey: core.join(' '),
    initials: canonWords
      .filter((w) => !STOPWORDS.has(w))
      .map((w) => w[0])
      .join(''),
    folded: surface.toLowerCase().replace(/^the\s+/, ''),
    bare: stripRoles(canonWords),
  };
}

// A leading word (a country, a demonym, a modifier) only counts as a role word when a title follows it ("Pakistan
// President …", "Kenyan Foreign Minister …"), so "China", "Foreign Ministry" and "Pakistan Railways" keep theirs.
function stripRoles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i]!;
    const role = TITLES.has(w) || ROLE_FILLERS.has(w) || titleFollows(words, i + 1);
    if (!role) break;
    i++;
  }
  return i ? words.slice(i) : words;
}

// True when, after any title modifiers (or a possessive), a title word comes before the last word (the name itself).
function titleFollows(words: string[], from: number): boolean {
  let j = from;
  while (j < words.length - 1 && (TITLE_MODIFIERS.has(words[j]!) || ROLE_FILLERS.has(words[j]!))) j++;
  return j < words.length - 1 && TITLES.has(words[j]!);
}

function isTitleModifier(words: string[]): boolean {
  return TITLE_MODIFIERS.has(words[0]!) && (TITLES.has(words[1]!) || TITLE_MODIFIERS.has(words[1]!));
}

/** How two entity mentions relate: the same name, another name for the same thing (an alias), or unrelated. */
export type EntityMatch = 'same' | 'alias' | null;

/** Decides whether two entity mentions name the same thing. */
export function matchEntities(a: Entity, b: Entity): EntityMatch {
  if (a.canon === b.canon) return a.folded === b.folded || !isAliasPair(a, b) ? 'same' : 'alias';
  if (a.acronym && b.initials === a.canon) return 'same';
  if (b.acronym && a.initials === b.canon) return 'same';
  return sameCore(a, b) ? 'same' : null;
}

/**
 * Decides whether two mentions may name the same person or thing once roles are set aside: `matchEntities`, or
 * the same name after leading countries and titles ("Pakistan President Asif Ali Zardari" / "Asif Ali Zardari"),
 * or a shorter form of it ending in the same last name ("Asif Zardari", "President Zardari"). Used only where a
 * name missing on one side is evidence AGAINST a link (clashes, the ENTITY flag): a shared participant must not
 * become evidence FOR linking two different claims, so the positive name overlap keeps `matchEntities`.
 */
export function sameReferent(a: Entity, b: Entity): boolean {
  if (matchEntities(a, b)) return true;
  const [short, long] = a.bare.length <= b.bare.length ? [a.bare, b.bare] : [b.bare, a.bare];
  if (long.length > 4 || COUNTRY_WORDS.has(short[short.length - 1]!)) return false;
  if (short.join(' ') === long.join(' ')) return true;
  // The last name must agree, and every other word of the shorter form must be in the longer one.
  return short[short.length - 1] === long[long.length - 1] && short.every((w) => long.includes(w));
}

function isAliasPair(a: Entity, b: Entity): boolean {
  return ALIAS_OF.has(a.folded) && ALIAS_OF.has(b.folded);
}

function sameCore(a: Entity, b: Entity): boolean {
  if (a.coreKey === b.coreKey) return true;
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  // A one-word name inside a person's full name ("Zardari" in "Asif Ali Zardari", "Xi" in "Xi Jinping").
  if (short.length !== 1 || long.length > 3 || COUNTRY_WORDS.has(short[0]!)) return false;
  return long[0] === short[0] || long[long.length - 1] === short[0];
}
