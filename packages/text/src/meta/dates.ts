/** A date found in a line: its ISO form, the original text, and where it starts in the line. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
  hasTime: boolean;
  /** What the line calls the date: "Published …", "Updated …", or nothing. */
  label?: 'published' | 'updated';
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
// A scraped page may glue the time to the year ("February 5, 20254:14 PM"): the year ends there too.
const YEAR_END = '(?=\\b|\\d{1,2}:\\d{2})';
// "Sep 14, 2026", and "September 14,2026" where the CMS prints no space after the comma.
const MDY_RE = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})${YEAR_END}`, 'gi');
// "5 February 2025", "5th of February, 2025", "05-Feb-2025", "14 September,2026" (no space after the comma).
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?(${MONTHS})\\.?(?:,\\s*|\\s+|-)(\\d{4})${YEAR_END}`, 'gi');
// "2026.01.05", "2025/07/24": year first, with dots or slashes (hyphens are ISO_RE's).
const YMD_RE = /\b(20\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/g;
const NUMERIC_RE = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g;
const TIME_RE = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?/gi;
const ZONE = /^\s*(?:(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|([A-Z]{3,4})\b)/;
// Zone abbreviations that are unambiguous enough to turn into offsets.
const NAMED_ZONES: Record<string, string> = {
  PKT: '+05:00',
  IST: '+05:30',
  CET: '+01:00',
  CEST: '+02:00',
  BST: '+01:00',
  EST: '-05:00',
  EDT: '-04:00',
  PST: '-08:00',
  PDT: '-07:00',
  JST: '+09:00',
  GST: '+04:00',
  AST: '+03:00',
  TRT: '+03:00',
  MSK: '+03:00',
};
const SEGMENT_SPLIT = /\s*\|\s*|(?=\b(?:first published|published|posted|last updated|updated?|modified|edited)\b)/i;
const UPDATED = /^(?:last updated|updated?|modified|edited)\b/i;
const PUBLISHED = /^(?:first published|published|posted)\b/i;

/**
 * Picks the publication date of a header line such as "Published February 5, 2025 Updated … 10:00pm" or
 * "Aamir Latif | 06.02.2025 - Update : 06.02.2025". A "Published" part wins over an unlabelled one, which
 * wins over an "Updated" one; a time counts only when it sits in the same part as the date.
 */
export function pickPublishedDate(line: string): FoundDate | null {
  let unlabelled: FoundDate | null = null;
  let updated: FoundDate | null = null;
  for (const segment of line.split(SEGMENT_SPLIT)) {
    const found = firstDateWithTime(segment);
    if (found === null) continue;
    if (PUBLISHED.test(segment)) return { ...found, label: 'published' };
    if (UPDATED.test(segment)) updated ??= { ...found, label: 'updated' };
    else unlabelled ??= found;
  }
  return unlabelled ?? updated;
}

/** Returns every calendar date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  collect(text, ISO_RE, found, (m) => isoFromParts(+m[1], +m[2], +m[3], m));
  collect(text, MDY_RE, found, (m) => isoFromParts(+m[3], monthOf(m[1]), +m[2]));
  collect(text, DMY_RE, found, (m) => isoFromParts(+m[3], monthOf(m[2]), +m[1]));
  collect(text, NUMERIC_RE, found, (m) => numericDate(m));
  collect(text, YMD_RE, found, (m) => isoFromParts(+m[1], +m[3], +m[4]));
  return found.sort((a, b) => a.index - b.index);
}

/** Normalises a user-given or machine-readable date (ISO, "Feb 5, 2025" …) to ISO, or returns null. */
export function normaliseDate(value: string): string | null {
  return firstDateWithTime(value)?.iso ?? null;
}

function firstDateWithTime(segment: string): FoundDate | null {
  const date = findDates(segment)[0];
  if (date === undefined) return null;
  if (date.hasTime) return date;
  const time = nearbyTime(segment, date);
  if (time === null) return date;
  const start = Math.min(date.index, time.index);
  const end = Math.max(date.index + date.text.length, time.index + time.text.length);
  return { iso: `${date.iso}T${time.hhmmss}`, text: segment.slice(start, end).trim(), index: start, hasTime: true };
}

function nearbyTime(segment: string, date: FoundDate): { index: number; text: string; hhmmss: string } | null {
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(segment); m !== null; m = TIME_RE.exec(segment)) {
    const inside = m.index >= date.index && m.index < date.index + date.text.length;
    const gap = m.index < date.index ? date.index - (m.index + m[0].length) : m.index - (date.index + date.text.length);
    if (inside || gap > 25) continue;
    let hour = +m[1];
    const minute = +m[2];
    const meridiem = m[4]?.toLowerCase();
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    const zone = ZONE.exec(segment.slice(m.index + m[0].length));
    const offset = zone === null ? '' : zoneOffset(zone);
    const hhmmss = `${pad(hour)}:${pad(minute)}:${pad(+(m[3] ?? 0))}${offset}`;
    const length = m[0].length + (zone === null || offset === '' ? 0 : zone[0].length);
    return { index: m.index, text: segment.slice(m.index, m.index + length).trim(), hhmmss };
  }
  return null;
}

function zoneOffset(zone: RegExpExecArray): string {
  if (zone[4] !== undefined) return NAMED_ZONES[zone[4]] ?? '';
  if (zone[1] === undefined) return 'Z';
  return `${zone[1]}${pad(+zone[2])}:${zone[3] ?? '00'}`;
}

function collect(text: string, re: RegExp, out: FoundDate[], toIso: (m: RegExpExecArray) => string | null): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (out.some((d) => m.index < d.index + d.text.length && d.index < m.index + m[0].length)) continue;
    const iso = toIso(m);
    if (iso !== null) out.push({ iso, text: m[0].trim(), index: m.index, hasTime: iso.includes('T') });
  }
}

function numericDate(m: RegExpExecArray): string | null {
  const a = +m[1];
  const b = +m[3];
  // Day first unless that is impossible: most sources that write 06.02.2025 mean 6 February; a slash
  // date whose first part cannot be a day (13/…) is read month first only when it must be.
  if (a > 12 || m[2] !== '/') return isoFromParts(+m[4], b, a);
  return b > 12 ? isoFromParts(+m[4], a, b) : isoFromParts(+m[4], b, a);
}

function isoFromParts(year: number, month: number, day: number, iso?: RegExpExecArray): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (iso === undefined || iso[4] === undefined) return date;
  const zone = iso[7] === undefined ? '' : iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
}

function monthOf(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
