import { isDeskByline, type BylineLine } from '../meta/byline.js';
import { pickPublishedDate, type FoundDate } from '../meta/dates.js';
import { drop, type Extracted, type Item } from './item.js';

/** Where a date line sits, which decides how much it is trusted (a header line more than a footer). */
export type DatePlace = 'header' | 'body' | 'tail' | 'print-credit';

const PLACE_RANK: Record<DatePlace, number> = { header: 10, 'print-credit': 8, tail: 6, body: 4 };

/** Remembers a date as a candidate for the publication date; "Updated" dates count for less. */
export function noteDate(it: Item, date: FoundDate, place: DatePlace, out: Extracted): void {
  const label = date.label === 'published' ? 2 : date.label === 'updated' ? -3 : 0;
  out.dates.push({ date, rank: PLACE_RANK[place] + label, lineIndex: it.unit.lineIndex });
}

// "Written By: Priyanka Kumari" or "By Ahmed Khan" under a desk line ("India Today World Desk"): the writer.
const WRITER_LINE = /^(?:written\s+)?by\b/i;

/**
 * Records a byline/date line: the first byline wins (headers come first), except that a writer named with
 * "By" or "Written by" after a desk credit replaces the desk; its date becomes a candidate, and the line is
 * dropped as 'byline' or 'date'.
 */
export function noteByline(it: Item, by: BylineLine, out: Extracted, place: DatePlace): void {
  if (by.byline !== null) {
    const writerAfterDesk =
      out.byline !== null && isDeskByline(out.byline) && !isDeskByline(by.byline) && WRITER_LINE.test(it.unit.text.trim());
    if (out.byline === null || writerAfterDesk) out.byline = by.byline;
  }
  if (by.date !== null) noteDate(it, by.date, place, out);
  if (by.byline !== null) drop(it, 'byline', 'the author or desk credit');
  else drop(it, 'date', by.date === null ? 'a relative time stamp' : 'the publication date line');
}

/**
 * Records an agency credit line ("Source: Reuters") and drops it as 'wire-credit'; a date printed on the
 * same line ("Source: Xinhua | 2026-05-18 21:04") is a candidate like any date line's.
 */
export function noteCredit(it: Item, credit: string, out: Extracted, place: DatePlace): void {
  if (!out.wireCredits.includes(credit)) out.wireCredits.push(credit);
  const date = pickPublishedDate(it.unit.text);
  if (date !== null) noteDate(it, date, place, out);
  drop(it, 'wire-credit', `credits the story to ${credit}`);
}
