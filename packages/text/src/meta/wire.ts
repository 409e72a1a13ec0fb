import { AGENCY_NAMES } from './outlets.js';

// News agencies whose credit lines are common in syndicated copy. Only these are trusted in the short
// "(APP)" form, because a bracketed acronym at a paragraph end is usually an abbreviation like "(BRI)".
const AGENCIES = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Xinhua',
  'APP',
  'Associated Press of Pakistan',
  'PTI',
  'Press Trust of India',
  'IANS',
  'ANI',
  'UNI',
  'dpa',
  'DPA',
  'Bloomberg',
  'AA',
  'Anadolu',
  'Anadolu Agency',
  'Kyodo',
  'Yonhap',
  'TASS',
  'RIA Novosti',
  'EFE',
  'ANSA',
  'Bernama',
  'NNI',
  'INP',
  'PPI',
  'SPA',
  'WAM',
  'KUNA',
  'IRNA',
  'Antara',
  'PNA',
  'Sputnik',
  'CNA',
  'NNA',
  'QNA',
  'MENA',
  'BSS',
  'RSS',
  'Online',
  'Agencies',
  'AFP/Reuters',
  'Reuters/AP',
  'News Agencies',
  'Wires',
];
const ALL_AGENCIES = [...new Set([...AGENCIES, ...AGENCY_NAMES])].sort((a, b) => b.length - a.length);
const AGENCY_ALT = ALL_AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const AGENCY_ONLY = new RegExp(`^(?:${AGENCY_ALT})$`, 'i');
// "Source: Reuters", "Source(s): Xinhua", "Courtesy: Xinhua", "With input from AFP", "With additional input from APP",
// "(APP)", "— Reuters", "Reuters" alone.
const CREDIT_LINE = new RegExp(
  `^(?:(?:source\\(s\\)|source|sources|courtesy|credit|via|agency|agencies)\\s*[:\\-–—]\\s*([^.]{2,50}?)|(?:with (?:additional )?(?:inputs?|reporting) (?:from|by)|additional (?:inputs?|reporting) (?:from|by))\\s+(${AGENCY_ALT})(?:\\s+and\\s+(?:${AGENCY_ALT}))?|[-–—(\\[]*\\s*(${AGENCY_ALT})\\s*[)\\]]?)\\.?$`,
  'i',
);
// "… the ministry said. — Reuters", "… (APP)", "… - Xinhua" at the end of the last paragraph.
const TRAILING_CREDIT = new RegExp(`(?:\\s[-–—]{1,2}\\s*|\\s\\(|\\s\\[)(${AGENCY_ALT})[)\\]]?\\.?$`, 'i');

// "rs/sms (Reuters, AFP)": editors' initials, then the agencies the story draws on.
const INITIALS_CREDIT = new RegExp(`^[a-z]{1,4}(?:/[a-z]{1,4})+\\s*\\(((?:${AGENCY_ALT})(?:\\s*[,/]\\s*(?:${AGENCY_ALT}))*)\\)$`, 'i');

// "| 2026-05-18 22:10:31|Editor: huaxia": from the first bar, a date or a labelled field ends the credit.
const DATE_AFTER_BAR = /\s*\|\s*(?:[^|]*\d{4}|[\p{L} ]{2,20}:).*$/u;
// "Source: Global Times Published: 2026/9/14 23:05:41": a date label ends the credit as a bar does.
const DATE_LABEL_AFTER = /\s+(?:first published|published|posted|last updated|updated|modified)\b\s*(?::|on\b)?.*$/i;

/** Reads a line that is only a credit ("Source: Reuters", "(APP)", "Xinhua"), returning the credited name. */
export function creditLine(text: string): string | null {
  if (text.length > 80) return null;
  const initials = INITIALS_CREDIT.exec(text.trim());
  if (initials !== null) return initials[1].split(/\s*[,/]\s*/).join(', ');
  // "(With input from Xinhua)": a credit in brackets reads like one without.
  // "Source: Xinhua | 2026-05-18 21:04": what follows the bar is the line's date, not part of the credit.
  const line = text
    .trim()
    .replace(/^\((.*)\)\.?$/, '$1')
    // "— With additional input from APP": the dash that sets a credit off from the story is not part of it.
    .replace(/^[-–—]{1,2}\s*(?=\p{L})/u, '')
    .replace(DATE_AFTER_BAR, '')
    .replace(DATE_LABEL_AFTER, '');
  const m = CREDIT_LINE.exec(line);
  if (m === null) return null;
  const credited = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  return credited === '' ? null : agenciesOf(credited);
}

// "Source: Al Jazeera and news agencies": the site names itself beside the agencies; only they are the
// wire credit. A source that names no agency ("Source: Foreign Office") is kept as printed.
function agenciesOf(credited: string): string {
  const parts = credited.split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
  const agencies = parts.filter((p) => isAgency(p)).map((p) => (/^(?:news |other )?agencies$/i.test(p) ? 'Agencies' : p));
  return agencies.length === 0 ? credited : agencies.join(', ');
}

/** Reads an agency credit at the very end of a paragraph, as in "… the ministry said. — Reuters". */
export function trailingCredit(paragraph: string): string | null {
  return TRAILING_CREDIT.exec(paragraph)?.[1] ?? null;
}

/** The paragraph without its trailing agency credit ("… said. — Reuters" → "… said."). */
export function withoutTrailingCredit(paragraph: string): string {
  const m = TRAILING_CREDIT.exec(paragraph);
  return m === null ? paragraph : paragraph.slice(0, m.index).trimEnd();
}

/** A known agency's name printed in capitals, as the agency spells it ("KYODO" → "Kyodo"); else the name. */
export function agencySpelling(name: string): string {
  if (!/^[^\p{Ll}]+$/u.test(name)) return name;
  const known = ALL_AGENCIES.find((a) => a.toLowerCase() === name.toLowerCase());
  return known ?? name;
}

/** True when the name is a known news agency. */
export function isAgency(name: string): boolean {
  return AGENCY_ONLY.test(name.trim());
}
