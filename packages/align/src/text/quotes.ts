import type { Token } from './tokenize.js';

/** A quoted passage: its text as written, its offsets, and its words in normal form for comparison. */
export interface Quote {
  text: string;
  start: number;
  end: number;
  /** Normal forms of the quoted words joined by one space ("leftover from history"). */
  norm: string;
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“', '"': '"', '‘': '’' };

/**
 * Finds quoted passages. Straight double quotes pair in order; a single curly quote opens only after a space so
 * that apostrophes ("Pakistan’s") are not mistaken for quotes. An unclosed quote runs to the end of the text,
 * which is how news copy often splits a long quotation over sentences.
 */
export function extractQuotes(text: string, tokens: Token[]): Quote[] {
  const quotes: Quote[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = PAIRS[ch];
    if (!close || (ch === '‘' && i > 0 && /\S/.test(text[i - 1]!))) {
      i++;
      continue;
    }
    let j = text.indexOf(close, i + 1);
    if (ch === '‘') j = findSingleClose(text, i + 1);
    const end = j < 0 ? text.length : j;
    const quote = makeQuote(text, tokens, i + 1, end);
    if (quote) quotes.push(quote);
    i = end + 1;
  }
  return quotes;
}

function findSingleClose(text: string, from: number): number {
  for (let j = text.indexOf('’', from); j >= 0; j = text.indexOf('’', j + 1)) {
    if (j + 1 >= text.length || !/\p{L}/u.test(text[j + 1]!)) return j;
  }
  return -1;
}

function makeQuote(text: string, tokens: Token[], start: number, end: number): Quote | null {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end && t.kind !== 'punct');
  if (!inside.length) return null;
  const from = inside[0]!.start;
  const to = inside[inside.length - 1]!.end;
  return { text: text.slice(from, to), start: from, end: to, norm: inside.map((t) => t.norm).join(' ') };
}
