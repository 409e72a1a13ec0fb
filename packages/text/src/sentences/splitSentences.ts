import { isAbbreviation } from './abbreviations.js';

/** A sentence found by {@link splitSentences}, with offsets into the given text (end exclusive). */
export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

const TERMINATORS = /[.!?…]/g;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '*']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '–', '-', '•']);
const SPACE = /[\s\u00a0\u2009\u202f\u200b]/;
// "1. At the invitation …", "(iv) The two sides …": a paragraph number is not a sentence.
const LIST_NUMBER = /^\s*\(?(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)]$/i;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits text into sentences with character offsets into it. A sentence ends at . ! ? or … (with any
 * closing quotes or brackets) when whitespace and a plausible sentence start follow; abbreviations
 * (Mr., No. 5, Feb., U.S.), initials (A. B. Khan) and numbers (3.5, 1,000) never end one. Line breaks
 * always end a sentence, so a body with paragraphs can be split in one call. No-break spaces count as
 * spaces; the text itself is never changed.
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', from)) {
    const to = nl === -1 ? text.length : nl;
    splitLine(text, from, to, out);
    if (nl === -1) return out;
    from = nl + 1;
  }
}

function splitLine(text: string, from: number, to: number, out: SentenceRange[]): void {
  let start = from;
  TERMINATORS.lastIndex = from;
  for (let m = TERMINATORS.exec(text); m !== null && m.index < to; m = TERMINATORS.exec(text)) {
    let j = m.index;
    while (j < to && isTerminator(text[j])) j += 1;
    while (j < to && CLOSERS.has(text[j])) j += 1;
    TERMINATORS.lastIndex = j;
    if (j >= to || !SPACE.test(text[j])) continue;
    let k = j;
    while (k < to && SPACE.test(text[k])) k += 1;
    if (k >= to || !startsSentence(text[k])) continue;
    if (LIST_NUMBER.test(text.slice(start, j))) continue;
    if (j - m.index === 1 && text[m.index] === '.' && isAbbreviation(wordBefore(text, m.index, start), wordAt(text, k, to))) {
      continue;
    }
    push(text, start, j, out);
    start = k;
  }
  push(text, start, to, out);
}

function push(text: string, start: number, end: number, out: SentenceRange[]): void {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s])) s += 1;
  while (e > s && SPACE.test(text[e - 1])) e -= 1;
  if (e > s && HAS_WORD.test(text.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e) });
}

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '…';
}

function startsSentence(ch: string): boolean {
  if (OPENERS.has(ch) || (ch >= '0' && ch <= '9')) return true;
  // Upper case, or a script without case (CJK, Arabic …): both can start a sentence.
  return ch === ch.toUpperCase() && (ch !== ch.toLowerCase() || /\p{L}/u.test(ch));
}

// The token before the period, letters, digits and inner dots only ("U.S", "Mr", "5").
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && /[\p{L}\p{N}.\-]/u.test(text[i - 1])) i -= 1;
  return text.slice(i, dot).replace(/^[.\-]+/, '');
}

function wordAt(text: string, k: number, to: number): string {
  let i = k;
  while (i < to && /[“"‘'(\[«]/.test(text[i])) i += 1;
  let j = i;
  while (j < to && /[\p{L}\p{N}]/u.test(text[j])) j += 1;
  return text.slice(i, j);
}
