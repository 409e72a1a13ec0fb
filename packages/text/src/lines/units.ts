import { isPartyName } from '../events/parties.js';
import { findDates } from '../meta/dates.js';
import { inlineDateline } from '../meta/dateline.js';
import type { DropReason } from '../types.js';

/** What the HTML structure already told us about a line. */
export type LineHint = 'heading' | 'caption' | 'list-item' | 'quote';

/** For an HTML line outside the article: the page furniture it sat in (navigation, footer …). */
export interface Outside {
  reason: DropReason;
  detail: string;
}

/**
 * One logical line of the input: usually one input line, or several when a paragraph was hard-wrapped.
 * Blank lines never become units; `blankBefore` remembers them because layout is a clue.
 */
export interface Unit {
  /** Index of the first input line of the unit. */
  lineIndex: number;
  /** Index of the last input line of the unit (inclusive). */
  lineEnd: number;
  /** The text, trimmed at both ends; wrapped lines are joined with one space. */
  text: string;
  blankBefore: boolean;
  hint?: LineHint;
  /** Set for HTML lines outside the article; they can feed metadata but never the body. */
  outside?: Outside;
}

/** An agency's end marker after the last sentence: "… after the meeting. (end)", "-- ENDS", "/End/". */
export const END_MARKER = /\s+(?:\((?:end|ends|endit)\)|\[(?:end|ends)\]|[-–—]{1,2}\s*(?:end|ends)|\/(?:end|ends)\/)\.?$/i;
const TERMINAL_OR_COLON = /[.!?…:;]["'”’»)\]]*$/;
const STARTS_LOWER = /^[\p{Ll}]/u;
const BULLET = /^[•·●▪■◦*\-–—]\s/;

/**
 * Groups input lines into units. Lines separated by blank lines, or by nothing at all, each stand alone;
 * a line is merged with the next only when the text was clearly hard-wrapped (the next line continues a
 * sentence in lower case, or the whole block has the ragged-right shape of wrapped prose).
 */
export function buildUnits(
  lines: readonly string[],
  hints?: readonly (LineHint | undefined)[],
  outside?: readonly (Outside | undefined)[],
): Unit[] {
  const spaced = hints === undefined ? doubleSpacedPrint(lines) : null;
  if (spaced !== null) {
    // Units of the lines without their blank lines, mapped back to the input's line numbers.
    return groupLines(spaced.map((k) => lines[k])).map((u) => ({
      ...u,
      lineIndex: spaced[u.lineIndex],
      lineEnd: spaced[u.lineEnd],
      blankBefore: true,
    }));
  }
  return groupLines(lines, hints, outside);
}

// Some PDF viewers copy every printed line followed by a blank line: then the blank lines say nothing about
// paragraphs. When every text line stands alone between blank lines and, without them, the text has the
// printed shape (full-width lines broken mid-sentence), returns the indexes of the text lines; else null.
function doubleSpacedPrint(lines: readonly string[]): number[] | null {
  const text: number[] = [];
  for (let k = 0; k < lines.length; k += 1) {
    if (lines[k].trim() === '') continue;
    if (k > 0 && lines[k - 1].trim() !== '') return null;
    text.push(k);
  }
  if (text.length < 6) return null;
  const compact = text.map((k) => lines[k]);
  return printedWidth(compact, 0, compact.length) === null ? null : text;
}

function groupLines(
  lines: readonly string[],
  hints?: readonly (LineHint | undefined)[],
  outside?: readonly (Outside | undefined)[],
): Unit[] {
  const units: Unit[] = [];
  // Hard-wrapped text separates paragraphs with blank lines; without any, every line is a paragraph.
  const mayWrap = hints === undefined && hasInnerBlankLine(lines);
  let i = 0;
  let blank = true;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      blank = true;
      i += 1;
      continue;
    }
    const blockEnd = findBlockEnd(lines, i);
    const wrapped = mayWrap && isWrappedBlock(lines, i, blockEnd);
    const pdfWidth = hints === undefined ? printedWidth(lines, i, blockEnd) : null;
    for (let j = i; j < blockEnd;) {
      let text = lines[j].trim();
      const first = j;
      while (
        j + 1 < blockEnd &&
        (wrapped ||
          continuesSentence(text, lines[j + 1].trim()) ||
          continuesPrinted(lines[j].trim(), lines[j + 1].trim(), pdfWidth) ||
          (hints === undefined && units.length < 4 && continuesCapitalTitle(text, lines[j + 1].trim(), lines[j + 2]?.trim() ?? '')))
      ) {
        j += 1;
        text = joinWrapped(text, lines[j].trim());
      }
      units.push({ lineIndex: first, lineEnd: j, text, blankBefore: blank, hint: hints?.[first], outside: outside?.[first] });
      blank = false;
      j += 1;
    }
    i = blockEnd;
  }
  return units;
}

function hasInnerBlankLine(lines: readonly string[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (line.trim() === '') blankAfterText = seenText;
    else if (blankAfterText) return true;
    else seenText = true;
  }
  return false;
}

function findBlockEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && lines[end].trim() !== '') end += 1;
  return end;
}

// "date 2025-02-06", "updated 5 Feb": furniture in lower case under a headline, not a wrapped line.
const DATE_FURNITURE =
  /^(?:(?:date|dated|posted|published|updated|last updated|on)\b[\s:]*(?:\d|[a-z]{3,9}\.?\s+\d)|by\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$)/iu;

function continuesSentence(previous: string, next: string): boolean {
  return (
    previous.length >= 30 &&
    !TERMINAL_OR_COLON.test(previous) &&
    !END_MARKER.test(previous) &&
    STARTS_LOWER.test(next) &&
    !BULLET.test(next) &&
    !isDateFurniture(next)
  );
}

// Furniture is short: "on 29 August 2026 for the 16th India-Japan Annual Summit with …" goes on with a sentence.
function isDateFurniture(line: string): boolean {
  return DATE_FURNITURE.test(line) && line.split(/\s+/).length <= 7;
}

const CAPITALS_ONLY = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

// "INDIA-JAPAN JOINT STATEMENT ON THE 16TH ANNUAL" / "SUMMIT": a title in capitals copied out of a PDF runs
// on to a short capital line when prose follows it. A place under the title ("ISLAMABAD", then the date or
// the text) and an issuer stack ("MINISTRY OF FOREIGN AFFAIRS" / "GOVERNMENT OF PAKISTAN") stay apart.
function continuesCapitalTitle(previous: string, next: string, after: string): boolean {
  if (!CAPITALS_ONLY.test(previous) || !CAPITALS_ONLY.test(next) || CAPITALS_ONLY.test(after)) return false;
  if (previous.length < 35 || previous.split(/\s+/).length < 5 || TERMINAL_OR_COLON.test(previous)) return false;
  if (next.split(/\s+/).length > 4 || next.length >= previous.length || TERMINAL_OR_COLON.test(next)) return false;
  if (isPartyName(next) || findDates(next).length > 0) return false;
  return after.split(/\s+/).length >= 6 && findDates(after.slice(0, 40)).length === 0;
}

// "coopera-" + "tion": a word hyphenated at a line end is mended; "Pakistan-" + "China" keeps its hyphen.
function joinWrapped(previous: string, next: string): string {
  if (/\p{Ll}-$/u.test(previous) && STARTS_LOWER.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

/** Lines of printed text copied out of a PDF are at most this long; web paragraphs pasted as text are longer. */
const PRINTED_MAX_WIDTH = 110;

// Text copied out of a PDF keeps the page's line breaks, with no blank line between paragraphs: most lines
// are about as wide as the widest, and several full-width lines stop mid-sentence. Returns that width, or
// null when the block does not have this shape.
function printedWidth(lines: readonly string[], start: number, end: number): number | null {
  if (end - start < 6) return null;
  let width = 0;
  for (let k = start; k < end; k += 1) width = Math.max(width, lines[k].trim().length);
  if (width < 50 || width > PRINTED_MAX_WIDTH) return null;
  let wide = 0;
  let openEnded = 0;
  for (let k = start; k < end; k += 1) {
    const line = lines[k].trim();
    if (line.length < width * 0.7) continue;
    wide += 1;
    if (k + 1 < end && !TERMINAL_OR_COLON.test(line)) openEnded += 1;
  }
  if (wide * 2 >= end - start && openEnded >= 3) return width;
  // A statement with numbered paragraphs, headings, page numbers and the place and date on short lines: most
  // lines are short, but three full-width lines broken mid-sentence, each going on in lower case, are print.
  let brokenMidSentence = 0;
  for (let k = start; k + 1 < end; k += 1) {
    const line = lines[k].trim();
    if (line.length >= width * 0.7 && !TERMINAL_OR_COLON.test(line) && STARTS_LOWER.test(lines[k + 1].trim())) brokenMidSentence += 1;
  }
  return brokenMidSentence >= 3 ? width : null;
}

// In printed text, a line that fills the width and does not end a sentence runs on into the next line,
// whatever the next one starts with ("… Foreign Minister" / "Senator Mohammad Ishaq Dar …", "… held in
// Beijing" / "on 3 March 2026."). `previous` is the last physical line, not the unit joined so far.
// A dateline ("Beijing : Pakistan and China …", "ISLAMABAD, Feb 5 (APP):") opens a paragraph: the full-width
// title above it does not run on into it.
function continuesPrinted(previous: string, next: string, width: number | null): boolean {
  return (
    width !== null &&
    previous.length >= width * 0.75 &&
    !TERMINAL_OR_COLON.test(previous) &&
    !BULLET.test(next) &&
    inlineDateline(next) === null
  );
}

// Wrapped prose: at least two lines, all but the last of similar width (ragged right), no bullets,
// and the block ends like a sentence. Headline/byline stacks fail the width or the ending test.
function isWrappedBlock(lines: readonly string[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  let max = 0;
  let min = Infinity;
  for (let k = start; k < end - 1; k += 1) {
    const line = lines[k].trim();
    if (BULLET.test(line)) return false;
    max = Math.max(max, line.length);
    min = Math.min(min, line.length);
  }
  const last = lines[end - 1].trim();
  if (max < 40 || max > 100 || last.length > max + 5) return false;
  if (max - min > max * 0.25 || !/[.!?…]["'”’»)\]]*$/.test(last)) return false;
  // Wrapped lines mostly continue a sentence, so most start in lower case; a list of headlines does not.
  let continuing = 0;
  for (let k = start + 1; k < end; k += 1) if (/^[\p{Ll}\p{N}(“"‘'-]/u.test(lines[k].trim())) continuing += 1;
  return continuing * 2 >= end - start - 1;
}
