import { findDates } from '../meta/dates.js';
import { textDateline, type TextDate } from '../meta/dateClues.js';
import type { EventCandidate } from '../types.js';
import { partiesOf } from './parties.js';
import { roundOf } from './rounds.js';

/** What event grouping looks at in one article. */
export interface EventFeatures {
  id: string;
  headline: string | null;
  /** Publication day in days since the epoch, or null when unknown. */
  day: number | null;
  date: string | null;
  /**
   * For an undated article, the date its own text carries (dateline month and day, or a full date in the
   * first sentence); suggestEvents completes a missing year from the batch and fills `day` from it.
   */
  textDate: TextDate | null;
  /** True when `day` was read from the text rather than given as the publication date. */
  dayFromText: boolean;
  /** Day of the year (1–366) of a month and day whose year nothing tells, for comparing within a year. */
  dayOfYear: number | null;
  /** Named people, longest form per person ("Asif Ali Zardari", not "Zardari"), most mentioned first. */
  people: string[];
  /** Kinds of meeting or event the article reports ("state visit", "strategic dialogue" …). */
  kinds: Set<string>;
  /** States and blocs named in the headline and lead ("China", "European Union" …). */
  parties: Set<string>;
  /** True when the headline or lead calls the meeting trilateral: a different event from a bilateral one. */
  trilateral: boolean;
  /** The numbered round, session or meeting the headline or lead reports ("eighth round" → 8), or null. */
  round: number | null;
  /** Content-word counts, for a weak topic signal. */
  terms: Map<string, number>;
}

// A title or role word followed by a capitalised name: "President Asif Ali Zardari", "counterpart, Ishaq Dar".
const TITLED_NAME =
  /\b(?:President|Premier|Minister|Secretary(?:-General)?|Chancellor|King|Queen|Prince|Emir|Sheikh|Ambassador|Chairman|Chairperson|Governor|Senator|General|Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Spokesperson|Spokesman|spokesperson|spokesman|counterpart|Commander|Speaker|Mayor|Pope|Envoy|Marshal|Admiral|Justice|Chief|Excellency|Highness)\s*,?\s+((?:[\p{Lu}][\p{Ll}’'-]+)(?:\s+[\p{Lu}][\p{Ll}’'-]+){0,3})/gu;
const NOT_NAME_TOKENS = new Set(
  (
    'President Vice Premier Prime Minister Foreign Interior Finance Defence Defense Deputy Secretary General Executive ' +
    'Officer Chief Senior Former State Federal Provincial Chinese Pakistani Indian American British Russian Afghan ' +
    'The His Her Their This That Office Ministry Secretariat House Hall Council Committee Party Government Republic ' +
    'On In At And Of For To With By Said Says Also Both Excellency Highness Royal'
  ).split(' '),
);
const POSSESSIVE = /[’']s$/;
const KIND_PATTERNS: [string, RegExp][] = [
  [
    'state visit',
    /\b(?:state|official|\w+-day) visit\b|\bvisiting (?:\w+ )?(?:president|prime minister|premier|leader|counterpart)|\bon a visit to\b/i,
  ],
  ['strategic dialogue', /\bstrategic dialogue\b/i],
  ['foreign ministers', /\bforeign ministers?\b/i],
  ['summit', /\bsummit\b/i],
  ['joint statement', /\bjoint (?:press )?statement\b/i],
  ['phone call', /\b(?:tele)?phone (?:call|conversation)|\bspoke (?:by|on the) (?:tele)?phone\b/i],
  ['signing ceremony', /\bsigning ceremony\b|\bsigned (?:\w+ ){0,3}(?:mous?|memorand\w+|agreements?)\b/i],
  ['joint committee meeting', /\bjoint (?:cooperation|working) committee\b|\bjcc\b/i],
  ['press conference', /\b(?:press|news) conference\b/i],
  ['talks', /\b(?:delegation-level|bilateral|formal) talks\b/i],
];
// Read in the headline and lead only: a bilateral story may mention a trilateral meeting further down.
const TRILATERAL =
  /\btrilateral\b|\bthree-way\b|\bthree (?:countries|sides|nations)\b|\b[\p{L}]+-[\p{L}]+-[\p{L}]+ (?:foreign ministers|dialogue|summit|talks)\b/iu;
const TRILATERAL_LEAD = 300;
const STOPWORDS = new Set(
  (
    'the a an of to in on for and or but with at by from as is are was were be been has have had that this it its their ' +
    'his her which who will would not into than over after also both two its said says such other more most all any can ' +
    'could should may might about between during including through further while they them he she we our us'
  ).split(' '),
);
const WORD = /[\p{L}][\p{L}’'-]{2,}/gu;

/** Extracts the grouping features of one article. */
export function eventFeatures(article: EventCandidate): EventFeatures {
  // No-break spaces stay in the body; matching treats them as spaces.
  const text = `${article.headline ?? ''}\n${article.body}`.replace(/[\u00a0\u202f]/g, ' ');
  const date = article.publishedAt?.slice(0, 10) ?? null;
  const time = date === null ? NaN : Date.parse(`${date}T00:00:00Z`);
  return {
    id: article.id,
    headline: article.headline,
    day: Number.isNaN(time) ? null : Math.round(time / 86_400_000),
    date: Number.isNaN(time) ? null : date,
    textDate: Number.isNaN(time) ? textDateOf(article.body) : null,
    dayFromText: false,
    dayOfYear: null,
    people: namedPeople(text),
    parties: partiesOf(article.headline, article.body),
    round: roundOf(article.headline, article.body),
    trilateral: TRILATERAL.test(`${article.headline ?? ''}\n${article.body.slice(0, TRILATERAL_LEAD)}`),
    kinds: new Set(KIND_PATTERNS.filter(([, re]) => re.test(text)).map(([kind]) => kind)),
    terms: termCounts(text),
  };
}

// "Tokyo, Aug 29 (IANS) -" at the start, else a full date in the first sentence ("… paid an official visit to
// Japan on 29 August 2026 for the 16th Annual Summit").
const FIRST_SENTENCE = /^[\s\S]{0,300}?[.!?](?=\s|$)/;
function textDateOf(body: string): TextDate | null {
  const dateline = textDateline(body);
  if (dateline !== null) return dateline;
  const first = FIRST_SENTENCE.exec(body)?.[0] ?? body.slice(0, 300);
  const found = findDates(first)[0];
  return found === undefined ? null : { year: +found.iso.slice(0, 4), month: +found.iso.slice(5, 7), day: +found.iso.slice(8, 10) };
}

/** True when two names denote the same person: one's words are all among the other's ("Xi" / "Xi Jinping"). */
export function samePerson(a: string, b: string): boolean {
  // "Erdoğan" and "Erdogan": agencies and papers differ in diacritics.
  const plain = (name: string): string[] => name.normalize('NFD').replace(/\p{M}/gu, '').split(' ');
  const ta = plain(a);
  const tb = plain(b);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((t) => long.includes(t));
}

function namedPeople(text: string): string[] {
  const counts = new Map<string, number>();
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(text); m !== null; m = TITLED_NAME.exec(text)) {
    const tokens = m[1].split(/\s+/).map((t) => t.replace(POSSESSIVE, ''));
    while (tokens.length > 0 && NOT_NAME_TOKENS.has(tokens[0])) tokens.shift();
    while (tokens.length > 0 && NOT_NAME_TOKENS.has(tokens[tokens.length - 1])) tokens.pop();
    if (tokens.length === 0) continue;
    const name = tokens.join(' ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Fold short mentions ("Zardari") into the full name given elsewhere ("Asif Ali Zardari").
  const names = [...counts.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
  const merged = new Map<string, number>();
  for (const name of names) {
    const host = [...merged.keys()].find((full) => samePerson(name, full));
    if (host === undefined) merged.set(name, counts.get(name) ?? 0);
    else merged.set(host, (merged.get(host) ?? 0) + (counts.get(name) ?? 0));
  }
  return [...merged.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function termCounts(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0].toLowerCase().replace(POSSESSIVE, '');
    if (!STOPWORDS.has(w)) terms.set(w, (terms.get(w) ?? 0) + 1);
  }
  return terms;
}
