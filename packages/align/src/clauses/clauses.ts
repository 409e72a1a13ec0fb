import { isContent, type Token } from '../text/tokenize.js';

/** A span of a sentence that can carry one commitment on its own. */
export interface ClauseSpan {
  start: number;
  end: number;
  text: string;
}

// A clause boundary: a comma, semicolon, colon or dash, or a coordinating word after a comma ("…, and on the
// Middle East"). Pieces with fewer content words than this are joined to their neighbour: "President Zardari,"
// is not a commitment.
const MIN_CONTENT = 3;
const BREAK_PUNCT = new Set([',', ';', ':', '—', '–']);
const BREAK_WORDS = new Set(['while', 'whereas', 'and', 'but', 'including', 'as']);

/**
 * Splits a sentence into clause-sized spans (at least two, else none): the grain at which a long sentence that
 * holds several commitments ("…on Afghanistan, and on the Middle East…") can be matched part by part. Spans are
 * single pieces and pairs of adjacent pieces, so a commitment cut by an inner comma is still whole in one span.
 */
export function clauseSpans(text: string, tokens: readonly Token[]): ClauseSpan[] {
  const pieces = mergeShort(splitPieces(tokens));
  if (pieces.length < 2) return [];
  const spans: ClauseSpan[] = [];
  for (let i = 0; i < pieces.length; i++) {
    spans.push(span(text, pieces[i]!, pieces[i]!));
    if (i + 1 < pieces.length && pieces.length > 2) spans.push(span(text, pieces[i]!, pieces[i + 1]!));
  }
  return spans;
}

function span(text: string, first: Token[], last: Token[]): ClauseSpan {
  const start = first[0]!.start;
  const end = last[last.length - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

function splitPieces(tokens: readonly Token[]): Token[][] {
  const pieces: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((t, i) => {
    const afterComma = i > 0 && tokens[i - 1]!.text === ',';
    if (t.kind === 'punct' && BREAK_PUNCT.has(t.text)) {
      if (current.length) pieces.push(current);
      current = [];
      return;
    }
    if (afterComma && BREAK_WORDS.has(t.norm) && current.length) {
      pieces.push(current);
      current = [];
    }
    current.push(t);
  });
  if (current.length) pieces.push(current);
  return pieces;
}

function mergeShort(pieces: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && (contentCount(last) < MIN_CONTENT || contentCount(piece) < MIN_CONTENT)) out[out.length - 1] = [...last, ...piece];
    else out.push(piece);
  }
  return out;
}

function contentCount(tokens: readonly Token[]): number {
  return tokens.filter(isContent).length;
}
