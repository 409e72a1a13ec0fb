import { isAgency } from './wire.js';

/** A dateline: the place a story was filed from, and the agency credit when it is given there. */
export interface Dateline {
  place: string;
  wire: string | null;
  /** Length of the dateline prefix in the paragraph, for callers that want to skip it. */
  length: number;
}

const MONTH_NAMES = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sep(?:t(?:ember)?)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
// Datelines print months as "Feb" or "FEB"; the place regexes are case-sensitive, so both are listed.
const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.toUpperCase().replace(/\(\?:/g, '(?:'))].join('|')})`;
// "Feb 5", "Feb. 5, 2026", "5 Feb 2026", "19th May, 2026".
const DATE_PART = `(?:,?\\s*(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+\\d{4})?))?`;
// "(Reuters)", "(APP)" or "/DNA/" after the place and date.
const WIRE_PART = '(?:\\s*\\(([^()]{2,40})\\)|\\s+/([A-Za-z]{2,12})/)?';
// "ISLAMABAD, Feb 5 (Reuters) - ", "BEIJING (AP) — ", "KARACHI, Pakistan: "
const UPPER_INLINE = new RegExp(
  `^([\\p{Lu}]{2,}[\\p{Lu}.'’-]*(?:[ -][\\p{Lu}]{2,}[\\p{Lu}.'’-]*){0,3})(?:,\\s*[\\p{Lu}][\\p{L}.]*(?:\\s[\\p{Lu}][\\p{L}.]*){0,2})?${DATE_PART}${WIRE_PART}\\s*(?::|[-–—]+)\\s+`,
  'u',
);
// "Beijing : Pakistan and China …", "Islamabad, Feb 5 (APP): " — mixed case needs a spaced separator,
// a date or an agency, or "However: …" would count.
const MIXED_INLINE = new RegExp(
  `^([\\p{Lu}][\\p{Ll}]+(?:\\s[\\p{Lu}][\\p{Ll}]+){0,2})(${DATE_PART})${WIRE_PART}(\\s*(?::|[-–—]+)\\s+|\\s+(?=[\\p{Lu}]))`,
  'u',
);
const STANDALONE =
  /^([\p{Lu}]{3,}[\p{Lu}.'’-]*(?:[ -][\p{Lu}]{2,}[\p{Lu}.'’-]*){0,3})(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2})?\s*[:\-–—]?$/u;
const NOT_PLACES =
  /^(?:The|This|That|However|Meanwhile|Also|But|And|Update|Updated|Breaking|Watch|Read|Note|Editor|Photo|Video|UPDATE|BREAKING|WATCH|NOTE|EXCLUSIVE|ANALYSIS|OPINION|LIVE)$/;

// "BEIJING, September 14. /TASS/. China …", "Madrid, Sep 14 (EFE).- The …": the agency between slashes or in
// brackets, then a full stop (with or without a dash) as the separator. Only trusted with an agency there.
const DOTTED_WIRE = new RegExp(
  `^([\\p{Lu}][\\p{L}.'’-]*(?:[ -][\\p{Lu}][\\p{L}.'’-]*){0,3})${DATE_PART}\\.?\\s*(?:/([A-Za-z]{2,12})/|\\(([^()]{2,40})\\))\\s*\\.[-–—]?\\s+(?=[\\p{Lu}"“])`,
  'u',
);
// "(ANSA) - BRUSSELS, SEPTEMBER 16 - The …", "(AFP) — PARIS: …": the agency printed before the place.
const AGENCY_FIRST = new RegExp(
  `^\\(([^()]{2,30})\\)\\s*[-–—]+\\s*([\\p{Lu}]{2,}[\\p{Lu}.'’-]*(?:[ -][\\p{Lu}]{2,}[\\p{Lu}.'’-]*){0,3})${DATE_PART}\\s*(?::|[-–—]+)\\s+`,
  'u',
);

/** Reads a line that is only a dateline, such as "KARACHI, Pakistan". */
export function standaloneDateline(text: string): Dateline | null {
  const m = STANDALONE.exec(text);
  if (m === null || NOT_PLACES.test(m[1])) return null;
  return { place: m[1], wire: null, length: text.length };
}

/** Reads the dateline at the start of a body paragraph ("ISLAMABAD, Feb 5 (Reuters) -", "Beijing : "). */
// "(ECNS) -- Chinese Foreign Minister …": a known agency in brackets opens the story with no place.
const AGENCY_OPENING = /^\(([^()]{2,30})\)\s*[-–—]{1,2}\s+(?=[\p{Lu}"“])/u;

export function inlineDateline(paragraph: string): Dateline | null {
  const first = AGENCY_FIRST.exec(paragraph);
  if (first !== null) return { place: first[2], wire: first[1].trim(), length: first[0].length };
  const opening = AGENCY_OPENING.exec(paragraph);
  if (opening !== null && isAgency(opening[1])) return { place: '', wire: opening[1].trim(), length: opening[0].length };
  const dotted = DOTTED_WIRE.exec(paragraph);
  if (dotted !== null && !NOT_PLACES.test(dotted[1])) {
    return { place: dotted[1], wire: (dotted[2] ?? dotted[3]).trim(), length: dotted[0].length };
  }
  const upper = UPPER_INLINE.exec(paragraph);
  if (upper !== null && !NOT_PLACES.test(upper[1])) {
    return { place: upper[1], wire: (upper[2] ?? upper[3])?.trim() ?? null, length: upper[0].length };
  }
  const mixed = MIXED_INLINE.exec(paragraph);
  if (mixed === null || NOT_PLACES.test(mixed[1])) return null;
  const wire = (mixed[3] ?? mixed[4])?.trim() ?? null;
  const separator = mixed[5];
  const hasCue = mixed[2] !== '' || wire !== null;
  // Without a date or agency, only the spaced form ("Beijing : ") is trusted; without any separator
  // ("New Delhi, Jan 5 (IANS) India …") only a date and an agency together are.
  if (!hasCue && !/^\s/.test(separator)) return null;
  if (!/[:\-–—]/.test(separator) && (mixed[2] === '' || wire === null)) return null;
  return { place: mixed[1], wire, length: mixed[0].length };
}
