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

// Numbers keep their inner separators ("1,000", "2.0", "06.02.2025") and ordinal suffixes ("75th"); words keep
// inner apostrophes ("Pakistan's"); hyphens split words so "China-Pakistan" and "China–Pakistan" tokenize alike.
const TOKEN_RE = /\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const PLAIN_NUMBER_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** Splits a text into word, number and punctuation tokens with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) tokens.push(makeToken(match[0], match.index));
  return tokens.map((token, i) => (isPairPhrase(tokens, i) ? { ...token, kind: 'word', key: token.norm, stop: true } : token));
}

// "the two sides" means "both sides", not a count; a number there would flag every such pair as NUMBER.
function isPairPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'number' || (t.norm !== 'two' && t.norm !== 'three')) return false;
  return DEFINITE.has(tokens[i - 1]?.norm ?? '') && PARTIES.has(tokens[i + 1]?.norm ?? '');
}

const PARTIES = new Set('sides countries nations leaders allies neighbours neighbors parties governments states presidents ministers'.split(' '));
const DEFINITE = new Set(['the', 'these', 'those', 'all', 'our', 'their', 'its']);

function makeToken(raw: string, start: number): Token {
  const end = start + raw.length;
  const first = raw.codePointAt(0) ?? 0;
  if (first >= 48 && first <= 57) return numberToken(raw, start, end);
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
  const bare = raw.replace(/(?:st|nd|rd|th)$/, '');
  const value = PLAIN_NUMBER_RE.test(bare) ? String(Number(bare.replace(/,/g, ''))) : bare;
  return { text: raw, start, end, kind: 'number', norm: raw.toLowerCase(), stem: value, key: `#${value}`, stop: false, cap: true, negated: false };
}

/** True for tokens that carry content: non-stopword words and numbers. */
export function isContent(token: Token): boolean {
  return token.kind === 'number' || (token.kind === 'word' && !token.stop && token.norm.length > 1);
}
