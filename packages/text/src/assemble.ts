import type { Item } from './lines/item.js';
import { splitSentences } from './sentences/splitSentences.js';
import type { DroppedLine, Paragraph, SentenceSpan } from './types.js';

/** The body and the line-derived lists of an article, built from classified units. */
export interface Assembled {
  body: string;
  paragraphs: Paragraph[];
  sentences: SentenceSpan[];
  captions: string[];
  subheadings: string[];
  standfirst: string | null;
  droppedLines: DroppedLine[];
}

const PARAGRAPH_SEPARATOR = '\n\n';
const LEADING_BULLET = /^[•·●▪■◦*\-–—]\s*/;

/**
 * Joins body units into the body (paragraphs separated by a blank line, text unchanged), computes
 * paragraph and sentence offsets into it, and lists every other line with its reason.
 */
export function assemble(items: readonly Item[]): Assembled {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: SentenceSpan[] = [];
  const droppedLines: DroppedLine[] = [];
  let offset = 0;
  for (const it of items) {
    if (it.role !== 'body') {
      droppedLines.push({ lineIndex: it.unit.lineIndex, text: it.unit.text, reason: it.reason ?? 'not-prose', detail: it.detail ?? '' });
      continue;
    }
    if (parts.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    const text = it.unit.text;
    const paragraph = paragraphs.length;
    for (const s of splitSentences(text)) {
      sentences.push({ index: sentences.length, paragraph, start: offset + s.start, end: offset + s.end, text: s.text });
    }
    paragraphs.push({ start: offset, end: offset + text.length, lineIndex: it.unit.lineIndex });
    parts.push(text);
    offset += text.length;
  }
  return {
    body: parts.join(PARAGRAPH_SEPARATOR),
    paragraphs,
    sentences,
    captions: uniqueTexts(items, 'caption'),
    subheadings: uniqueTexts(items, 'subheading'),
    standfirst: standfirstOf(items),
    droppedLines,
  };
}

function uniqueTexts(items: readonly Item[], reason: Item['reason']): string[] {
  const out: string[] = [];
  const keys: string[] = [];
  for (const it of items) {
    if (it.role !== 'drop' || it.reason !== reason) continue;
    // The same photo is often captioned twice (with and without its credit): keep the fuller one.
    const dup = keys.findIndex((k) => k.startsWith(it.f.key) || it.f.key.startsWith(k));
    if (dup === -1) {
      out.push(it.unit.text);
      keys.push(it.f.key);
    } else if (it.f.key.length > keys[dup].length) {
      out[dup] = it.unit.text;
      keys[dup] = it.f.key;
    }
  }
  return out;
}

function standfirstOf(items: readonly Item[]): string | null {
  const lines = items
    .filter((it) => it.role === 'drop' && it.reason === 'standfirst')
    .map((it) => it.unit.text.replace(LEADING_BULLET, ''));
  return lines.length === 0 ? null : lines.join('\n');
}
