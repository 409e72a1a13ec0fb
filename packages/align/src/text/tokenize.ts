import { NUMBER_WORDS } from '../lexicon/cues.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { foldWord, keyOfStem, stemWord } from './keys.js';

/** The kind of a token: a word, a number (digits or a number word) or one punctuation character. */
export type TokenKind = 'word' | 'number' | 'punct';

/** A token with its character offsets in the original text and the normal forms used for matching. */
export interface Token {
  /** The text as written. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower case, typographic apostrophes folded, possessive "'s" and "n't" removed. */
  norm: string;
  /** Porter stem of the folded word; for numbers, the canonical value. */
  stem: string;
  /** What two tokens must share to match: the synonym group of the stem, or "#value" for numbers. */
  key: string;
  /** True for function words, which carry no claim content. */
  stop: boolean;
  /** True when the word starts with a capital letter (or is all digits-and-capitals, like "ML-1"). */
  cap: boolean;
  /** True when the word carried a negating "n't". */
  negated: boolean;
}

/**
 * Splits a text into word, number and punctuation tokens with offsets. Numbers keep their inner separators
 * ("1,000", "2.0", "06.02.2025") and ordinal suffixes ("75th"); words keep inner apostrophes ("Pakistan's");
 * hyphens split words so "China-Pakistan" and "China–Pakistan" tokenise alike. A hand-written scanner, because
 * this runs on every sentence of every article and a Unicode regex was the engine's hottest spot.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let end: number;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || (c > 127 && /\s/.test(text[i]!))) {
      i++;
      continue;
    } else if (isDigit(text, i)) end = scanNumber(text, i);
    else if (isLetter(text, i)) end = scanWord(text, i);
    else end = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    tokens.push(makeToken(text.slice(i, end), i));
    i = end;
  }
  for (let k = 0; k < tokens.length; k++) {
    if (isPairPhrase(tokens, k)) Object.assign(tokens[k]!, { kind: 'word', key: tokens[k]!.norm, stop: true });
  }
  return tokens;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return /\p{N}/u.test(text[i]!);
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i < text.length && /[\p{L}\p{M}]/u.test(String.fromCodePoint(text.codePointAt(i)!));
}

function scanNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text, j)) j++;
  while (j + 1 < text.length && ',.:/'.includes(text[j]!) && isDigit(text, j + 1)) {
    j++;
    while (j < text.length && isDigit(text, j)) j++;
  }
  const suffix = text.slice(j, j + 2).toLowerCase();
  return suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th' ? j + 2 : j;
}

function scanWord(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isLetter(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    const c = text[j];
    if ((c === "'" || c === '’') && j + 1 < text.length && isLetter(text, j + 1)) j++;
    else return j;
  }
}

// "the two sides" means "both sides", not a count; a number there would flag every such pair as NUMBER.
function isPairPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'number' || (t.norm !== 'two' && t.norm !== 'three')) return false;
  return DEFINITE.has(tokens[i - 1]?.norm ?? '') && PARTIES.has(tokens[i + 1]?.norm ?? '');
}

const PARTIES = new Set(
  'sides countries nations leaders allies neighbours neighbors parties governments states presidents ministers'.split(' '),
);
const DEFINITE = new Set(['the', 'these', 'those', 'all', 'our', 'their', 'its']);

const PLAIN_NUMBER_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** What a token is, apart from where it is; cached by its text because the same words recur in every article. */
type TokenInfo = Omit<Token, 'start' | 'end'>;
const INFO_CACHE = new Map<string, TokenInfo>();
const INFO_CACHE_LIMIT = 200_000;

function makeToken(raw: string, start: number): Token {
  let info = INFO_CACHE.get(raw);
  if (!info) {
    // A plain bound instead of an LRU: clearing now and then costs one re-analysis per word.
    if (INFO_CACHE.size >= INFO_CACHE_LIMIT) INFO_CACHE.clear();
    info = analyseToken(raw, 0);
    INFO_CACHE.set(raw, info);
  }
  // A literal with every field in one order keeps all tokens on one hidden class, which the hot loops rely on.
  return {
    text: info.text,
    start,
    end: start + raw.length,
    kind: info.kind,
    norm: info.norm,
    stem: info.stem,
    key: info.key,
    stop: info.stop,
    cap: info.cap,
    negated: info.negated,
  };
}

function analyseToken(raw: string, start: number): Token {
  const end = start + raw.length;
  if (isDigit(raw, 0)) return numberToken(raw, start, end);
  if (!/[\p{L}\p{M}]/u.test(raw)) {
    return { text: raw, start, end, kind: 'punct', norm: raw, stem: raw, key: raw, stop: true, cap: false, negated: false };
  }
  let lower = raw.toLowerCase().replace(/’/g, "'");
  const negated = lower.endsWith("n't");
  if (negated) lower = lower === "won't" ? 'will' : lower === "can't" ? 'can' : lower.slice(0, -3);
  lower = lower.replace(/'s?$/, '');
  const cap = raw[0] !== raw[0]!.toLowerCase();
  const numberWord = NUMBER_WORDS[lower];
  if (numberWord !== undefined) {
    const value = String(numberWord);
    return { text: raw, start, end, kind: 'number', norm: lower, stem: value, key: `#${value}`, stop: false, cap, negated };
  }
  const stem = stemWord(foldWord(lower));
  const stop = STOPWORDS.has(lower);
  return { text: raw, start, end, kind: 'word', norm: lower, stem, key: stop ? lower : keyOfStem(stem), stop, cap, negated };
}

function numberToken(raw: string, start: number, end: number): Token {
  const bare = raw.replace(/(?:st|nd|rd|th)$/i, '');
  const value = PLAIN_NUMBER_RE.test(bare) ? String(Number(bare.replace(/,/g, ''))) : bare;
  return {
    text: raw,
    start,
    end,
    kind: 'number',
    norm: raw.toLowerCase(),
    stem: value,
    key: `#${value}`,
    stop: false,
    cap: true,
    negated: false,
  };
}

/** True for tokens that carry content: non-stopword words and numbers. */
export function isContent(token: Token): boolean {
  return token.kind === 'number' || (token.kind === 'word' && !token.stop && token.norm.length > 1);
}
