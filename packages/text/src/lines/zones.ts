import { creditLine } from '../meta/wire.js';
import { bylineOf, siteMetaOf, type Item } from './item.js';
import { isClosingCredit } from './vocabulary.js';

/** Where the body starts and ends, and a prose line that turned out to be a standfirst. */
export interface Zones {
  /** First body unit, or -1 when nothing reads as prose. */
  start: number;
  /** Last body unit (inclusive). */
  end: number;
  /** A sentence-like line above the byline, which is a standfirst rather than the first paragraph. */
  standfirst: number;
}

/**
 * Finds the body: from the first substantial prose line to the last prose line that is not inside a
 * related-stories list, not after a comment widget, and not a closing site disclaimer. Units in lists are
 * flagged `related` on the way.
 */
export function findZones(items: Item[]): Zones {
  let start = firstStrong(items, 0);
  let standfirst = -1;
  if (start === -1) start = fallbackStart(items);
  if (start === -1) return { start: -1, end: -1, standfirst };
  // A sentence-like standfirst sits above the byline: "Headline / Standfirst. / By Jane Doe / Body".
  for (let k = start + 1; k < Math.min(items.length, start + 4) && start <= 6; k += 1) {
    // A date under a related-stories heading belongs to the list, and says nothing about a standfirst.
    if (items[k].strong || items[k].boiler?.marker !== undefined) break;
    const by = bylineOf(items[k]);
    if (by !== null && (by.byline !== null || by.date !== null)) {
      // A live blog's first entry stamp is no date line of the article: the prose above it opens the body.
      if (by.byline === null && isEntryStamp(items, k)) break;
      const next = firstStrong(items, k + 1);
      if (next !== -1) [standfirst, start] = [start, next];
      break;
    }
  }
  // "Synopsis" / "Highlights" on its own line: the prose right under it summarises the story.
  if (standfirst === -1 && start > 0 && SUMMARY_LABEL.test(items[start - 1].unit.text.trim())) {
    const next = firstStrong(items, start + 1);
    if (next !== -1) [standfirst, start] = [start, next];
  }
  return { start, end: findEnd(items, start), standfirst };
}

// "29 Aug 2026, 06:12 PM IST" over each entry of a live blog: a date line whose shape (digits and words
// aside) recurs on two or more later date-only lines stamps entries. A dek over one date line does not.
function isEntryStamp(items: readonly Item[], k: number): boolean {
  const shape = stampShape(items[k].unit.text);
  let repeats = 0;
  for (let i = k + 1; i < items.length && repeats < 2; i += 1) {
    const it = items[i];
    if (it.f.words > 8 || stampShape(it.unit.text) !== shape) continue;
    const by = bylineOf(it);
    if (by !== null && by.byline === null && by.date !== null) repeats += 1;
  }
  return repeats >= 2;
}

function stampShape(text: string): string {
  return text
    .trim()
    .replace(/\d+/g, '0')
    .replace(/\p{L}+/gu, 'a');
}

const SUMMARY_LABEL =
  /^(?:synopsis|summary|story highlights|highlights|key points|key takeaways|in brief|in short|at a glance|tl;?dr)\s*:?$/i;

function firstStrong(items: readonly Item[], from: number): number {
  for (let i = from; i < items.length; i += 1) {
    const it = items[i];
    // A first line ending in "?" or "!" is a headline more often than a paragraph.
    if (it.strong && !(i === 0 && items.length > 3 && /[?!]["”’]?$/.test(it.unit.text))) return i;
  }
  return -1;
}

// No sentence of eight words: take any prose, else the longest plain line of twelve words or more.
function fallbackStart(items: readonly Item[]): number {
  const prose = items.findIndex((it) => it.prose);
  if (prose !== -1) return prose;
  let best = -1;
  for (let i = 0; i < items.length; i += 1) {
    const it = items[i];
    if (it.boiler === null && it.caption === null && it.f.words >= 12 && (best === -1 || it.f.words > items[best].f.words)) {
      best = i;
    }
  }
  return best;
}

function findEnd(items: Item[], start: number): number {
  const bodyProse: number[] = [start];
  let related = false;
  for (let i = start + 1; i < items.length; i += 1) {
    const it = items[i];
    // Page furniture Readability left out says nothing about where the article ends.
    if (it.unit.outside !== undefined) continue;
    if (it.boiler?.marker === 'hard') break;
    // "— Reuters" alone on a line signs the story off; a page compiled from several wires signs off each part.
    if (isSignOff(it) && !items.slice(i + 1).some(isSignOff)) break;
    if (it.boiler?.marker === 'soft') {
      related = true;
      it.related = true;
      continue;
    }
    const prose = it.prose && creditLine(it.unit.text) === null;
    if (prose && (!related || proseFollows(items, i))) {
      related = false;
      bodyProse.push(i);
    } else if (related) {
      it.related = true;
    }
  }
  // Closing disclaimers ("… website contains only a portion … contact us") read like prose.
  // So do author notes and "X contributed to this report".
  const closing = (it: Item): boolean => siteMetaOf(it) >= 2 || isClosingCredit(it.unit.text);
  while (bodyProse.length > 1 && closing(items[bodyProse[bodyProse.length - 1]])) bodyProse.pop();
  const last = bodyProse[bodyProse.length - 1];
  if (!isCutShort(items[last + 1])) return last;
  items[last + 1].cutShort = true;
  return last + 1;
}

// A scraper often cuts the last paragraph mid-sentence: no full stop, but far longer and more
// sentence-like (function words, lower-case words) than the headline of another story.
function isCutShort(it: Item | undefined): boolean {
  if (it === undefined || it.role !== null || it.unit.outside !== undefined || it.boiler !== null || it.caption !== null || it.related)
    return false;
  return !it.f.terminal && it.f.words >= 20 && it.f.functionWords >= 4 && it.f.titleRatio < 0.5 && creditLine(it.unit.text) === null;
}

const SIGN_OFF_DASH = /^\s*[-–—]{1,2}\s*\S/;

// An agency credit after a dash on its own line ("— Reuters", "-- AFP"), as wire copy ends.
function isSignOff(it: Item): boolean {
  return it.f.words <= 4 && SIGN_OFF_DASH.test(it.unit.text) && creditLine(it.unit.text) !== null;
}

// After a related list, the body resumes only where two prose paragraphs follow each other: lists
// alternate headlines (no full stop) with one-sentence teasers.
function proseFollows(items: readonly Item[], i: number): boolean {
  // The page's last line, a full paragraph, closes the story after a list set inside it.
  if (i === items.length - 1) return items[i].strong && items[i].f.words >= 12;
  for (let k = i + 1; k < Math.min(items.length, i + 3); k += 1) {
    const it = items[k];
    if (it.prose) return true;
    if (it.caption === null) return false;
  }
  return false;
}
