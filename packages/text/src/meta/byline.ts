import { findDates, pickPublishedDate, type FoundDate } from './dates.js';
import { isAgency } from './wire.js';

/** What a byline or date line says: the author (or desk) and the publication date, either may be absent. */
export interface BylineLine {
  byline: string | null;
  date: FoundDate | null;
}

// "By", "Written by", and "Edited by:" where a site prints its editor in the byline's place ("By X | Edited
// by Y" keeps X: the first byline of a page wins).
const BY_PREFIX = /^(?:(?:written|edited)\s+)?by[:\s]\s*/i;
const META_KEYWORD = /\b(?:published|posted|updated?|last updated|modified)\b|\|/i;
// Desk credits, also in the languages of European agencies ("Redazione ANSA", "Redacción EFE").
const DESK =
  /\b(?:(?:web|news|online|digital|world|national|international|city|foreign|sports|business|political|monitoring) desk|desk report|staff reporter|staff writer|staff correspondent|our correspondent|correspondent|monitoring report|bureau report|news service|newsroom|editorial board|redazione|redacci[oó]n|r[ée]daction|redaktion)\b/i;
// "Recorder Report", "Web Report", "ET Bureau": a desk credit of one or two capitalised words.
const DESK_LINE = /^(?:[\p{Lu}][\p{L}.]*\s){1,2}(?:Report|Bureau)$/u;
const CUT_AFTER_NAME = /\s*(?:\||\b(?:published|posted|updated?|last updated|modified|on)\b|[,–—·•]|\s[-/]\s|\s\/$|\d).*$/i;
// A site credited as author: "Dawn.com", "Geo.tv".
const DOMAIN_NAME = /^[\p{L}\p{N}-]+\.(?:com|net|org|tv|pk|in|cn|news|co\.uk)$/iu;
const RELATIVE_TIME =
  /^(?:(?:updated|posted|published|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i;
const TIME_OR_SEPARATOR = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|[\s|:,·•–—-]+/gi;
// "Danson Cheong Jan 05, 2026": the month name belongs to the date, not the name.
const WEEKDAY_AT_END =
  /[\s,]*\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s,]*$/i;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|de|van|von|al|bin|ul|ud|din|el|la|le|du|da|dos|[\p{Lu}]\.)$/u;

/**
 * Reads a short header or footer line as a byline and/or date line ("By Jane Doe", "BR Web Desk Published
 * February 5, 2025", "Aamir Latif | 06.02.2025", "World 02:56 PM - 2026-01-05"). Returns null when the line
 * is something else.
 */
export function parseBylineLine(text: string, words: number): BylineLine | null {
  if (words > 25 || (/[.!?]["”’]?$/.test(text) && !/\d[.]?$/.test(text))) return null;
  if (RELATIVE_TIME.test(text)) return { byline: null, date: null };
  const wired = wireByline(text);
  if (wired !== null) return wired;
  const byMatch = BY_PREFIX.exec(text);
  const dates = findDates(text);
  const date = dates.length > 0 ? pickPublishedDate(text) : null;
  if (byMatch !== null) {
    const end = dates.length > 0 ? dates[0].index : text.length;
    const name = cleanName(text.slice(byMatch[0].length, end).replace(WEEKDAY_AT_END, ''));
    if (name !== null) return { byline: name, date };
  }
  if (date !== null && (META_KEYWORD.test(text) || residueWords(text, dates) <= 3 || DESK.test(text))) {
    return { byline: nameBeforeMeta(text.slice(0, dates[0].index).replace(WEEKDAY_AT_END, '')), date };
  }
  if (words <= 8 && (DESK.test(text) || DESK_LINE.test(text.trim()))) return { byline: cleanName(text), date: null };
  return null;
}

/** True when the name reads as a desk or staff credit rather than a person ("BR Web Desk"). */
export function isDeskByline(byline: string): boolean {
  return DESK.test(byline) || DESK_LINE.test(byline.trim());
}

// "Ahmed Khan Staff Reporter", "Zhao Yanrong in Beijing": the role or place printed after a person's name.
const ROLE_AFTER_NAME =
  /^(\S+(?:\s+\S+){1,3}?)\s+(?:(?:staff|special|senior|chief|our|diplomatic|political|foreign|city) )?(?:reporter|correspondent|writer|editor)$/i;
// "South Asia correspondent Avani Dias", "Political editor Laura Kuenssberg": the writer's beat and role, the
// role word in lower case, printed before the name.
const ROLE_BEFORE_NAME =
  /^\S.{1,50}?\s(?:correspondent|reporter|editor|writer|analyst|producer|bureau chief)\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})$/u;
const PLACE_AFTER_NAME = /^(\S+(?:\s+\S+){1,3}?)\s+in\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?$/u;
// "MUNIR AHMED and MATTHEW LEE": the joining word is often printed in lower case between capital names.
const ALL_CAPS_NAME = /^[\p{Lu}'’.-]+(?:\s+(?:[\p{Lu}'’.-]+|and|&))+$/u;

/**
 * Tidies a byline for storage: drops a role or place printed after the name ("Ahmed Khan Staff Reporter",
 * "ZHAO YANRONG in Beijing") and writes an all-capitals name in title case ("NAIMAT KHAN" → "Naimat Khan",
 * "SAIMA SHABBIR AND NAIMAT KHAN" → "Saima Shabbir and Naimat Khan").
 * Desk credits ("Staff Reporter", "HT News Desk") are kept as printed.
 */
export function tidyByline(byline: string): string {
  let name = byline.trim();
  const role = ROLE_AFTER_NAME.exec(name);
  // "Our Staff Reporter", "The Staff Correspondent": a desk whose first words are no name keeps its role.
  if (role !== null && !DESK.test(role[1]) && !/^(?:our|the|a|own)\s/i.test(role[1])) name = role[1];
  const before = ROLE_BEFORE_NAME.exec(name);
  if (before !== null && !DESK.test(before[1])) name = before[1];
  const place = PLACE_AFTER_NAME.exec(name);
  if (place !== null) name = place[1];
  if (ALL_CAPS_NAME.test(name) && !DESK.test(name))
    name = name
      .toLowerCase()
      .replace(/(^|[\s'’.-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
      .replace(/ And /g, ' and ');
  return name;
}

function nameBeforeMeta(text: string): string | null {
  const head = text.replace(CUT_AFTER_NAME, '').trim();
  if (head.split(/\s+/).length < 2 && !DESK.test(head) && !DOMAIN_NAME.test(head)) return null;
  return cleanName(head);
}

// "By Liu Xin (People's Daily)", "By Jane Doe (AP)": the writer's paper or agency in brackets after the name,
// nothing but a time or separators after it. An agency stays in the credit ("Jane Doe | AP", which resolveMeta
// moves to the wire credit); a paper, desk or place is dropped.
const CREDIT_IN_BRACKETS = /^([^()]+?)\s*\(([\p{Lu}][\p{L}.'’ -]{1,40})\)(?=[\s\d:,.|·•–—-]*$)/u;

function cleanName(raw: string): string | null {
  const bracket = CREDIT_IN_BRACKETS.exec(raw);
  if (bracket !== null) {
    const name = cleanName(bracket[1]);
    if (name === null) return null;
    const credit = bracket[2].trim();
    return isAgency(credit) ? `${name} | ${credit}` : name;
  }
  // "By Reuters - Thursday, September 17, 2026": once the date is cut, the dash before it goes too.
  const name = raw
    .replace(CUT_AFTER_NAME, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s|,·•–—/-]+$/, '')
    .trim();
  if (name === '' || name.length > 80) return null;
  const tokens = name.split(' ');
  if (tokens.length > 8) return null;
  const namey = tokens.filter((t) => NAME_WORD.test(t)).length;
  return namey >= tokens.length - 1 && /^[\p{Lu}]/u.test(name) ? name : null;
}

// Words left once dates, times and separators are removed: a date line has almost none.
function residueWords(text: string, dates: readonly FoundDate[]): number {
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = rest.replace(TIME_OR_SEPARATOR, ' ').trim();
  return rest === '' ? 0 : rest.split(/\s+/).length;
}

// "Le Monde with AFP", "Dawn.com | Reuters Published February 5, 2025": a site or desk credited together
// with a news agency. The whole credit is kept; resolveMeta moves the agency to the wire credit.
const WITH_AGENCY =
  /^([\p{Lu}][\p{L}.'’ -]{1,40}?)\s+(?:with|and|\|)\s+([\p{L}.'’ -]{2,30}?)(?=\s*(?:$|\||\b(?:published|posted|updated?)\b|[,–—·•]|\d))/iu;

const MORE_AGENCY = /^\s*(?:,|&|\band\b)\s*([\p{L}.'’ -]{2,30}?)(?=\s*(?:$|,|&|\band\b|\|))/iu;

// "By MUNIR AHMED Associated Press": the agency's name printed straight after the writer's, with no "with" or bar.
const NAME_THEN_AGENCY =
  /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*?)\s+((?:the\s+)?[\p{Lu}][\p{L}.'’ -]{1,40}?)(?=\s*(?:$|\||\b(?:published|posted|updated?)\b|[,–—·•]|\d))/u;

function agencyAfterName(text: string): BylineLine | null {
  const m = NAME_THEN_AGENCY.exec(text.replace(BY_PREFIX, ''));
  if (m === null) return null;
  // The split is trusted only where it cannot cut a name: the agency has two words or more ("Associated Press",
  // "Press Trust of India"), or the name is printed in capitals and the agency not ("MUNIR AHMED Reuters").
  for (let split = m[0].indexOf(' '); split > 0 && split < m[0].length; split = m[0].indexOf(' ', split + 1)) {
    const name = m[0].slice(0, split).trim();
    const agency = m[0].slice(split + 1).trim();
    if (!isAgency(agency.replace(/^the\s+/i, '')) || name.split(/\s+/).length < 2) continue;
    const capsName = !/\p{Ll}/u.test(name) && /\p{Ll}/u.test(agency);
    if (!capsName && agency.split(/\s+/).length < 2) continue;
    const dates = findDates(text);
    return { byline: `${name} | ${agency}`, date: dates.length > 0 ? pickPublishedDate(text) : null };
  }
  return null;
}

function wireByline(text: string): BylineLine | null {
  const m = WITH_AGENCY.exec(text.replace(BY_PREFIX, ''));
  if (m === null || !isAgency(m[2].replace(/^the\s+/i, ''))) return BY_PREFIX.test(text) ? agencyAfterName(text) : null;
  const agencies = [m[2].trim()];
  // "Kate Hairsine with dpa, Reuters": further agencies listed after the first.
  let rest = text.replace(BY_PREFIX, '').slice(m.index + m[0].length);
  for (let more = MORE_AGENCY.exec(rest); more !== null && isAgency(more[1]); more = MORE_AGENCY.exec(rest)) {
    agencies.push(more[1].trim());
    rest = rest.slice(more[0].length);
  }
  const dates = findDates(text);
  return { byline: [m[1].trim(), ...agencies].join(' | '), date: dates.length > 0 ? pickPublishedDate(text) : null };
}
