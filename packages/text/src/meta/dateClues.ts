import { findDates, type FoundDate } from './dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "ISLAMABAD, Feb 6 (Reuters) -", "BEIJING, Feb. 5 (Xinhua) --", "New Delhi, 5 Jan (IANS)": a month and
// day without a year, early in the first paragraph.
const DATELINE_MD = new RegExp(`^[^.:;!?]{2,50}?,\\s*${MONTH}\\s+(\\d{1,2})\\b(?![,\\s]*\\d{4})`, 'i');
const DATELINE_DM = new RegExp(`^[^.:;!?]{2,50}?,\\s*(\\d{1,2})\\s+${MONTH}\\b(?![,\\s]*\\d{4})`, 'i');
const DATELINE_PLACE = /^[^.:;!?\d]{2,50}?,\s*$/;
// /2026/01/05/, /2026/1/5/, /2025/0206/, /05-02-2025/ in a page address.
const URL_YMD = /\/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/;
const URL_Y_MMDD = /\/(20\d{2})\/(\d{2})(\d{2})(?=\/)/;
const URL_DMY = /\/(\d{2})-(\d{2})-(20\d{2})(?=\/)/;
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(20\d{2})(?!\s*[-–]\s*20\d{2})/i;
const COPYRIGHT_RANGE_END = /(?:©|\(c\)|copyright)\s*(?:©\s*)?20\d{2}\s*[-–]\s*(20\d{2})/i;
const ANY_YEAR = /\b(20\d{2})\b/;

/** The date in a page address, such as /2026/01/05/ or /2025/0206/, or null. */
export function urlDate(url: string | null | undefined): FoundDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const ymd = URL_YMD.exec(path) ?? URL_Y_MMDD.exec(path);
  if (ymd !== null) return dateOf(+ymd[1], +ymd[2], +ymd[3], ymd[0]);
  const dmy = URL_DMY.exec(path);
  return dmy === null ? null : dateOf(+dmy[3], +dmy[2], +dmy[1], dmy[0]);
}

/** The year a page was most likely published in, from its copyright line or other dated lines. */
export function yearHint(footerLines: readonly string[], otherDates: readonly FoundDate[], url?: string | null): number | null {
  for (const line of footerLines) {
    const m = COPYRIGHT_RANGE_END.exec(line) ?? COPYRIGHT_YEAR.exec(line);
    if (m !== null) return +m[1];
  }
  const fromUrl = url ? ANY_YEAR.exec(url) : null;
  if (fromUrl !== null) return +fromUrl[1];
  const years = otherDates.map((d) => +d.iso.slice(0, 4));
  return years.length === 0 ? null : Math.max(...years);
}

/** The month and day of a dateline ("ISLAMABAD, Feb 6 (Reuters) -") completed with the year hint. */
export function datelineDate(paragraph: string, year: number | null): FoundDate | null {
  const head = paragraph.slice(0, 90);
  // "Riyadh, September 17, 2025, SPA --": a dateline that carries the full date needs no year hint.
  const full = findDates(head.slice(0, 70))[0];
  if (full !== undefined && DATELINE_PLACE.test(head.slice(0, full.index))) return { ...full, index: 0 };
  if (year === null) return null;
  const md = DATELINE_MD.exec(head);
  if (md !== null) return dateOf(year, monthOf(md[1]), +md[2], md[0].slice(md[0].lastIndexOf(',') + 1).trim());
  const dm = DATELINE_DM.exec(head);
  return dm === null ? null : dateOf(year, monthOf(dm[2]), +dm[1], dm[0].slice(dm[0].lastIndexOf(',') + 1).trim());
}

/** A month and day read from the text, with the year when it is printed. */
export interface TextDate {
  year: number | null;
  month: number;
  day: number;
}

/**
 * The date a story's own text carries: its dateline ("Tokyo, Aug 29 (IANS) -", "ISLAMABAD, Feb 6:",
 * "Riyadh, September 17, 2025, SPA --"), often without a year. Null when the first paragraph has none.
 */
export function textDateline(paragraph: string): TextDate | null {
  const head = paragraph.slice(0, 90);
  const full = findDates(head.slice(0, 70))[0];
  if (full !== undefined && DATELINE_PLACE.test(head.slice(0, full.index))) {
    return { year: +full.iso.slice(0, 4), month: +full.iso.slice(5, 7), day: +full.iso.slice(8, 10) };
  }
  const md = DATELINE_MD.exec(head);
  const dm = md === null ? DATELINE_DM.exec(head) : null;
  const month = md !== null ? monthOf(md[1]) : dm !== null ? monthOf(dm[2]) : 0;
  const day = md !== null ? +md[2] : dm !== null ? +dm[1] : 0;
  if (month < 1 || day < 1 || day > 31) return null;
  return { year: null, month, day };
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function dateOf(year: number, month: number, day: number, text: string): FoundDate | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, text, index: 0, hasTime: false };
}
