import { STOPWORDS } from '../lexicon/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** A token of a diffed string with the key two tokens must share to count as equal. */
export interface DiffToken {
  token: Token;
  key: string;
}

// Typography must not make words differ: curly and straight quotes, dashes, and case are folded.
const FOLD: Readonly<Record<string, string>> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '−': '-' };

/** Tokenises a string for diffing, whitespace excluded. */
export function diffTokens(text: string): DiffToken[] {
  return tokenize(text).map((token) => ({ token, key: foldKey(token.text) }));
}

function foldKey(text: string): string {
  return text.toLowerCase().replace(/[“”„‘’–—−]/g, (c) => FOLD[c] ?? c);
}

/**
 * True when a single word is distinctive enough to report as moved on its own: a number, a name or a long
 * content word. Moving "the" or "and" would be noise.
 */
export function isRareWord(t: DiffToken): boolean {
  const { token } = t;
  if (token.kind === 'number') return true;
  if (token.kind !== 'word' || STOPWORDS.has(token.norm)) return false;
  return token.cap || token.norm.length >= 7;
}

/** The text spanned by tokens [from, to) of a string, or '' for an empty range. */
export function spanText(text: string, tokens: DiffToken[], from: number, to: number): string {
  return to > from ? text.slice(tokens[from]!.token.start, tokens[to - 1]!.token.end) : '';
}

/** The character offset of token `i`, or the end of the string past the last token. */
export function offsetAt(text: string, tokens: DiffToken[], i: number): number {
  return i < tokens.length ? tokens[i]!.token.start : text.length;
}
