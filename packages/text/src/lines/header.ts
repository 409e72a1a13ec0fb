import { standaloneDateline } from '../meta/dateline.js';
import { isDeskByline, parseBylineLine } from '../meta/byline.js';
import { brandOf } from '../meta/outlet.js';
import { outletByBrand } from '../meta/outlets.js';
import { isPersonName } from '../meta/names.js';
import { normaliseKey } from './features.js';
import { bylineOf, drop, type Extracted, type Item, type KnownMeta } from './item.js';
import { noteByline, noteCredit, noteDate } from './notes.js';
import { findDates, type FoundDate } from '../meta/dates.js';
import { creditLine } from '../meta/wire.js';

const KICKER = /^[^:]{2,40}:\s/;
const EDITED_BY = /^edited\s+by\b/i;

/**
 * Classifies the lines above the body: section labels, headline, standfirst, byline and date lines,
 * dateline, repeated headline, captions, tags and links to other stories.
 */
export function classifyHeader(items: Item[], end: number, standfirstAt: number, out: Extracted, known: KnownMeta): void {
  for (let i = 0; i < end; i += 1) intrinsic(items[i], out);
  const headlineAt = chooseHeadline(items, end, out, known);
  if (headlineAt !== -1) demoteMastheadDates(out, items[headlineAt].unit.lineIndex);
  for (let i = 0; i < headlineAt; i += 1) mastheadAgency(items[i], out);
  let bylineSeen = false;
  let standfirstSeen = false;
  for (let i = 0; i < end; i += 1) {
    const it = items[i];
    if (it.role === 'drop' && (it.reason === 'byline' || it.reason === 'date')) bylineSeen ||= i > headlineAt;
    if (it.role !== null) continue;
    if ((out.byline === null || isDeskByline(out.byline)) && isStandaloneName(items, i, headlineAt)) {
      out.byline = it.unit.text;
      drop(it, 'byline', "the author's name on its own line, next to the headline or the date line");
    } else if (i === standfirstAt) {
      drop(it, 'standfirst', 'a summary line under the headline');
      standfirstSeen = true;
    } else if ((headlineAt === -1 && !known.headline) || i < headlineAt) {
      beforeHeadline(it, out);
    } else {
      standfirstSeen = afterHeadline(it, out, bylineSeen, standfirstSeen);
    }
  }
}

// "Monday, September 01, 2025" in the site's masthead is the day the page was seen: when the article
// prints its own date below the headline, dates above the headline count for less.
function demoteMastheadDates(out: Extracted, headlineLine: number): void {
  const own = out.dates.some((d) => d.lineIndex > headlineLine && d.rank >= 10);
  if (!own) return;
  for (const d of out.dates) if (d.lineIndex < headlineLine) d.rank -= 5;
}

// "Pakistan Press International" alone above the headline on the agency's own page is its masthead: the
// story's own credit ("… after the talks. (PPI)", "ISLAMABAD, Sept 2 (PPI):") names the wire as printed
// there, and the masthead name is the credit only when the story carries none. "Source: Xinhua" or
// "— Reuters" above the headline is a credit line as before.
function mastheadAgency(it: Item, out: Extracted): void {
  if (it.reason !== 'wire-credit') return;
  const text = it.unit.text.trim();
  const at = out.wireCredits.indexOf(text);
  if (at === -1) return;
  out.wireCredits.splice(at, 1);
  out.mastheadCredits.push(text);
  out.brandLines.push(text);
  it.reason = 'brand';
  it.detail = 'the agency name printed above the headline, as its masthead';
}

// Verdicts that do not depend on position: boilerplate, captions, byline/date lines.
function intrinsic(it: Item, out: Extracted): void {
  // "Edited By Saurabh Kumar" under a headline, where the site prints its editor in the byline's place: the
  // name counts as the byline when no writer is named (the first byline of a page wins).
  if (it.boiler?.reason === 'byline' && EDITED_BY.test(it.unit.text)) {
    const by = parseBylineLine(it.unit.text, it.f.words);
    if (by?.byline) noteByline(it, by, out, 'header');
  }
  if (it.boiler !== null) return drop(it, it.boiler.reason, it.boiler.detail);
  if (it.caption !== null) return drop(it, 'caption', `looks like a photo caption: ${it.caption}`);
  const print = printPageHeader(it.unit.text);
  if (print !== null) {
    noteDate(it, print.date, 'print-credit', out);
    if (print.brand !== null) out.brandLines.push(print.brand);
    return drop(it, 'date', "the print edition's page header (paper, edition, date and page)");
  }
  // "Agencies", "(APP)", "Source: Xinhua" printed where a byline would be.
  const credit = it.f.words <= 6 ? creditLine(it.unit.text) : null;
  if (credit !== null) return noteCredit(it, credit, out, 'header');
  const by = bylineOf(it);
  if (by !== null) noteByline(it, by, out, 'header');
}

// "The News International, Islamabad, Wednesday, October 21, 2026, Page 1", "DAWN | Karachi | 21 Oct 2026 |
// Page 3": an e-paper's page header names the paper and edition, the date and the page.
const PAGE_AT_END = /[\s,|–—-]+(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}\s*$/i;

function printPageHeader(text: string): { date: FoundDate; brand: string | null } | null {
  if (text.length > 120 || !PAGE_AT_END.test(text)) return null;
  const dates = findDates(text);
  if (dates.length !== 1) return null;
  const first = text.split(/\s*[,|]\s*/)[0].trim();
  return { date: dates[0], brand: first !== '' && dates[0].index > first.length ? first : null };
}

function chooseHeadline(items: Item[], end: number, out: Extracted, known: KnownMeta): number {
  if (known.headline) {
    const { headline, at } = declaredHeadline(items, end, known.headline);
    out.headline = headline;
    out.headlineKey = normaliseKey(headline);
    if (at !== -1) drop(items[at], 'headline', 'the headline, as declared by the page metadata');
    return at;
  }
  const pick = headlineIndex(items, end);
  if (pick === -1) return -1;
  out.headline = items[pick].unit.text;
  out.headlineKey = items[pick].f.key;
  drop(items[pick], 'headline', 'the headline (first headline-shaped line)');
  return pick;
}

const TITLE_SUFFIX = /\s+[|–—-]\s+([^|–—]{2,60})$/;

// Page titles often end with the site's name ("… | The Straits Times"): the page's own heading line,
// or the title without a suffix naming a known outlet, is the headline.
function declaredHeadline(items: readonly Item[], end: number, declared: string): { headline: string; at: number } {
  const key = normaliseKey(declared);
  const exact = items.findIndex((it, i) => i < end && it.f.key === key);
  if (exact !== -1) return { headline: declared, at: exact };
  const prefix = items.findIndex((it, i) => i < end && it.f.words >= 3 && key.startsWith(`${it.f.key} `) && TITLE_SUFFIX.test(declared));
  if (prefix !== -1) return { headline: items[prefix].unit.text, at: prefix };
  const suffix = TITLE_SUFFIX.exec(declared);
  const stripped = suffix !== null && outletByBrand(suffix[1]) !== undefined ? declared.slice(0, suffix.index).trim() : declared;
  return { headline: stripped, at: items.findIndex((it, i) => i < end && it.f.key === normaliseKey(stripped)) };
}

// The headline is the first headline-shaped line after the last run of navigation and section labels
// above the byline ("World / Business / Markets / Headline / By …"); site taglines sit above that run.
function headlineIndex(items: readonly Item[], end: number): number {
  const candidate = (it: Item, minWords: number): boolean =>
    it.role === null && it.f.words >= minWords && !isDatelineOnly(it) && !isIssuerLine(it);
  let limit = items.findIndex((it, i) => i < end && (it.reason === 'byline' || it.reason === 'date'));
  if (limit === -1) limit = end;
  let lastLabel = -1;
  for (let i = 0; i < limit; i += 1) {
    const it = items[i];
    const label =
      it.reason === 'navigation' ||
      it.reason === 'section-label' ||
      (it.role === null && ((it.f.words <= 3 && !it.f.terminal) || isIssuerLine(it)));
    if (label) lastLabel = i;
  }
  // "UN News / Global perspective Human stories / Headline": a verbless line right under the site's brand
  // is its tagline when another headline-shaped line follows before the byline or date line.
  for (let i = lastLabel + 1; i < limit; i += 1) {
    if (!candidate(items[i], 4)) continue;
    if (!isTagline(items, i) || !items.some((it, k) => k > i && k < limit && candidate(it, 4))) return i;
  }
  for (const minWords of [4, 2]) {
    const pick = items.findIndex((it, i) => i < end && candidate(it, minWords));
    if (pick !== -1) return pick;
  }
  return -1;
}

// Lines that name who issues a document or what kind it is, above an official statement's title:
// "Ministry of Foreign Affairs", "Council of the European Union", "Press Release No. 7/2026".
const ISSUER =
  /^(?:(?:the|european|federal|state|national|royal|general)\s+)*(?:ministry|department|office|council|commission|embassy|consulate|government|secretariat|parliament|presidency|cabinet|directorate)\b[\p{L}'’ ,&-]*$|^[\p{L}'’ ,&-]*\b(?:ministry|council|commission|secretariat|government of [\p{Lu}][\p{L}-]+)$/iu;
// "Republic of Türkiye Directorate of Communications", "Australian Government — Department of Foreign Affairs
// and Trade": a logo line that ends by naming the issuing body.
const ISSUER_AT_END =
  /^[\p{L}'’ ,&—–-]*\b(?:Directorate|Department|Ministry|Office) (?:of|for) [\p{Lu}][\p{L}-]+(?: (?:and|&|[\p{Lu}][\p{L}-]+)){0,4}$/u;
const DOCUMENT_LABEL =
  /^(?:press release|press statement|media release|news release|official statement|statements? (?:&|and) releases|briefings? (?:&|and) statements)(?:\s*(?:no\.?|number)\s*[\d/.-]+)?$/i;

function isIssuerLine(it: Item): boolean {
  if (it.f.words > 8 || it.f.terminal || it.f.verbCue) return false;
  return ISSUER.test(it.unit.text) || ISSUER_AT_END.test(it.unit.text) || DOCUMENT_LABEL.test(it.unit.text);
}

function isTagline(items: readonly Item[], i: number): boolean {
  const above = items[i - 1];
  return above !== undefined && !items[i].f.verbCue && !items[i].f.terminal && outletByBrand(above.unit.text) !== undefined;
}

function beforeHeadline(it: Item, out: Extracted): void {
  const brand = brandOf(it.unit.text, it.f.words);
  if (brand !== null) {
    out.brandLines.push(brand);
    return drop(it, 'brand', 'the outlet name printed above the headline');
  }
  drop(it, 'section-label', 'a section or category label above the headline');
}

// Returns whether a standfirst has been seen, including this line.
function afterHeadline(it: Item, out: Extracted, bylineSeen: boolean, standfirstSeen: boolean): boolean {
  const text = it.unit.text;
  if (it.f.key === out.headlineKey) {
    drop(it, 'repeated-headline', 'repeats the headline');
    return standfirstSeen;
  }
  const dateline = isDatelineOnly(it) ? standaloneDateline(text) : null;
  if (dateline !== null) {
    out.dateline ??= dateline.place;
    drop(it, 'dateline', 'the place the story was filed from');
    return standfirstSeen;
  }
  const summaryShaped = it.f.bullet || (it.f.words >= 6 && !KICKER.test(text));
  if (!bylineSeen && summaryShaped) {
    drop(it, 'standfirst', 'a summary line under the headline');
    return true;
  }
  if (bylineSeen && !standfirstSeen && it.f.words >= 12 && !KICKER.test(text)) {
    drop(it, 'standfirst', 'a summary line under the byline');
    return true;
  }
  if (it.f.words >= 5 || it.f.verbCue) {
    drop(it, 'cross-link', 'a headline of another story placed above the body');
  } else {
    drop(it, 'tags', 'a short label or tag list near the headline');
  }
  return standfirstSeen;
}

// "Shahid Khan" on its own line: just above "Senior Correspondent" or the date line, right under the
// headline, or first on the page. Sections and places ("South Asia", "China Pakistan") are not names.
function isStandaloneName(items: readonly Item[], i: number, headlineAt: number): boolean {
  const it = items[i];
  if (!isNameLine(it)) return false;
  const near = [items[i - 1], items[i + 1]];
  const nextToMeta = near.some((n) => n !== undefined && n.role === 'drop' && (n.reason === 'byline' || n.reason === 'date'));
  return nextToMeta || i === headlineAt + 1 || i === 0;
}

const NAME = /^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]*)+$/u;
// "SAIMA SHABBIR AND NAIMAT KHAN", "Jane Doe, John Roe & Ann Poe": up to four names of two to four words.
const NAME_LIST_SEPARATOR = /\s*(?:,|&|\band\b)\s*/i;

// A line that is only a person's name, or a short list of names ("A and B", "A, B & C").
function isNameLine(it: Item): boolean {
  if (it.f.terminal || it.f.words < 2 || it.f.words > 14) return false;
  const names = it.unit.text.split(NAME_LIST_SEPARATOR);
  if (names.length > 4) return false;
  if (names.length === 1 && (it.f.words > 4 || it.f.titleRatio < 1 || it.f.functionWords > 0 || it.f.verbCue)) return false;
  return names.every((n) => {
    const words = n.split(/\s+/).length;
    return words >= 2 && words <= 4 && NAME.test(n) && isPersonName(n);
  });
}

function isDatelineOnly(it: Item): boolean {
  return it.f.words <= 5 && standaloneDateline(it.unit.text) !== null;
}
