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
}

// Titles and generic heads are dropped before comparing names, so "President Zardari" matches "Zardari" and
// "Gwadar Port" matches "Gwadar", without letting "China" match "China Space Station".
const TITLES = new Set(
  'former president premier prime minister foreign interior deputy mr ms mrs dr gen general chief secretary king queen prince senator spokesperson spokesman ambassador'.split(' '),
);
const GENERIC_HEADS = new Set('port city province region airport district river valley strip state'.split(' '));
const COUNTRY_WORDS = new Set(Object.values(DEMONYMS));
const ALIAS_OF: ReadonlyMap<string, string> = new Map(ENTITY_ALIASES.flatMap((g) => g.map((n) => [n, g[0]!])));
const CONNECTORS = new Set(['of', 'the', 'de', 'for']);

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
    else if (run.length && CONNECTORS.has(token.norm) && isNameWord(tokens, i + 1 + (tokens[i + 1]?.norm === 'the' ? 1 : 0))) run.push(token);
    else if (!(run.length && token.text === '-' && isNameWord(tokens, i + 1))) flush();
  });
  flush();
  return entities;
}

function isNameWord(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'word' || !token.cap) return false;
  if (!isSentenceStart(tokens, i)) return !STOPWORDS.has(token.norm) || token.text === 'US';
  // A capital at the start of a sentence proves nothing; accept only words that are unlikely to be ordinary.
  const n = token.norm;
  return !STOPWORDS.has(n) && !COMMON_NEWS_WORDS.has(n) && !/(?:ing|ed|ly)$/.test(n) && (COUNTRY_WORDS.has(foldWord(n)) || isNameWord(tokens, i + 1) || n.length > 3);
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
  while (words.length > 1 && (words[0] === 'the' || TITLES.has(words[0]!))) words = words.slice(1);
  const joined = words.join(' ');
  const canon = ALIAS_OF.get(joined) ?? joined;
  return { surface, canon, words: canon.split(' '), acronym };
}

/** How two entity mentions relate: the same name, another name for the same thing (an alias), or unrelated. */
export type EntityMatch = 'same' | 'alias' | null;

/** Decides whether two entity mentions name the same thing. */
export function matchEntities(a: Entity, b: Entity): EntityMatch {
  if (a.canon === b.canon) return a.surface.toLowerCase() === b.surface.toLowerCase() || !isAliasPair(a, b) ? 'same' : 'alias';
  if (a.acronym && initialsOf(b) === a.canon) return 'same';
  if (b.acronym && initialsOf(a) === b.canon) return 'same';
  return sameAfterHeads(a.words, b.words) ? 'same' : null;
}

function isAliasPair(a: Entity, b: Entity): boolean {
  const fold = (e: Entity): string => e.surface.toLowerCase().replace(/^the\s+/, '');
  return ALIAS_OF.has(fold(a)) && ALIAS_OF.has(fold(b)) && fold(a) !== fold(b);
}

function initialsOf(e: Entity): string {
  return e.words.filter((w) => !STOPWORDS.has(w)).map((w) => w[0]).join('');
}

function sameAfterHeads(a: string[], b: string[]): boolean {
  const strip = (w: string[]): string[] => (w.length > 1 && GENERIC_HEADS.has(w[w.length - 1]!) ? w.slice(0, -1) : w);
  const [x, y] = [strip(a), strip(b)];
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // A one-word name inside a person's full name ("Zardari" in "Asif Ali Zardari", "Xi" in "Xi Jinping").
  if (short.length !== 1 || long.length > 3 || COUNTRY_WORDS.has(short[0]!)) return false;
  return long[0] === short[0] || long[long.length - 1] === short[0];
}
