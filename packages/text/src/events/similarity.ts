import { samePerson, type EventFeatures } from './eventFeatures.js';

/** How alike two articles are as reports of one event, with the evidence. */
export interface PairEvidence {
  score: number;
  /** True when the two cannot be the same event (published too far apart, or different numbered rounds). */
  veto: boolean;
  sharedPeople: string[];
  sharedKinds: string[];
  daysApart: number | null;
  topic: number;
}

/** Articles published further apart than this report different events, however alike they read. */
export const MAX_DAYS_APART = 30;
// Participants and the kind of meeting tell events apart; topic words are shared by every story on the
// same relationship, so they weigh least.
const WEIGHTS = { people: 0.45, kinds: 0.25, round: 0.25, parties: 0.3, topic: 0.1 };
const DATE_HALF_LIFE_DAYS = 7;
// Dates scale the content evidence rather than add to it: two unrelated stories from the same day are not
// one event, and a missing date costs a little against a known close one.
const DATE_FLOOR = 0.7;
const UNKNOWN_DATE_FACTOR = 0.9;
const FORMAT_MISMATCH = 0.5;
const PARTY_MISMATCH = 0.6;
const PARTIES_ONLY_UNDATED = 0.7;

/** Scores a pair of articles: 0..1, with a veto when their dates rule out one event. */
export function comparePair(a: EventFeatures, b: EventFeatures, idf: ReadonlyMap<string, number>): PairEvidence {
  const daysApart = daysBetween(a, b);
  const sharedPeople = a.people.filter((p) => b.people.some((q) => samePerson(p, q)));
  const sharedKinds = [...a.kinds].filter((k) => b.kinds.has(k));
  const topic = cosine(a.terms, b.terms, idf);
  const evidence = { sharedPeople, sharedKinds, daysApart, topic };
  if (daysApart !== null && daysApart > MAX_DAYS_APART) return { score: 0, veto: true, ...evidence };
  // "The seventh round" and "the eighth round" of one dialogue are two events, however alike they read.
  if (a.round !== null && b.round !== null && a.round !== b.round) return { score: 0, veto: true, ...evidence };
  let total = WEIGHTS.topic * topic;
  let weight = WEIGHTS.topic;
  // A story naming a single person (a spokesperson reacting) says little by not naming the other's.
  const onePersonMiss = sharedPeople.length === 0 && Math.min(a.people.length, b.people.length) === 1;
  if (a.people.length > 0 && b.people.length > 0 && !onePersonMiss) {
    total += WEIGHTS.people * (sharedPeople.length / Math.min(a.people.length, b.people.length));
    weight += WEIGHTS.people;
  }
  if (a.kinds.size > 0 && b.kinds.size > 0) {
    total += WEIGHTS.kinds * (sharedKinds.length / new Set([...a.kinds, ...b.kinds]).size);
    weight += WEIGHTS.kinds;
  }
  // "The third round" in both: the same numbered meeting of the same parties is strong evidence.
  if (a.round !== null && a.round === b.round) {
    total += WEIGHTS.round;
    weight += WEIGHTS.round;
  }
  if (a.parties.size > 0 && b.parties.size > 0) {
    const shared = [...a.parties].filter((p) => b.parties.has(p)).length;
    total += WEIGHTS.parties * (shared / new Set([...a.parties, ...b.parties]).size);
    weight += WEIGHTS.parties;
  }
  // With topic words as the only evidence, the score stays below any grouping threshold.
  // Two undated stories that share only their states ("Pakistan, China agree on CPEC security framework" and
  // "FO hails outcome of Dar's visit to Beijing") say nothing about being one event: every story on the
  // relationship names them. Without participants or a kind of meeting to compare, only wording shared well
  // beyond the usual lifts such a pair over the threshold.
  const specific = weight > WEIGHTS.topic + (a.parties.size > 0 && b.parties.size > 0 ? WEIGHTS.parties : 0) + 1e-9;
  const content =
    weight === WEIGHTS.topic ? topic * 0.5 : specific || daysApart !== null ? total / weight : (total / weight) * PARTIES_ONLY_UNDATED;
  const closeness = daysApart === null ? null : Math.pow(0.5, daysApart / DATE_HALF_LIFE_DAYS);
  // A trilateral meeting and a bilateral one between two of its members are different events.
  const format = a.trilateral === b.trilateral ? 1 : FORMAT_MISMATCH;
  // China–Pakistan talks and a Saudi–Pakistan pact share a party and often a leader, but each names a state
  // the other does not: two different meetings.
  const parties = eachNamesAnother(a.parties, b.parties) ? PARTY_MISMATCH : 1;
  const score = format * parties * content * (closeness === null ? UNKNOWN_DATE_FACTOR : DATE_FLOOR + (1 - DATE_FLOOR) * closeness);
  return { score, veto: false, ...evidence };
}

// Days between two articles' dates; a month and day with no year compare within the year, nearest way round.
function daysBetween(a: EventFeatures, b: EventFeatures): number | null {
  if (a.day !== null && b.day !== null) return Math.abs(a.day - b.day);
  const ya = a.dayOfYear ?? (a.day === null ? null : dayOfYear(a.day));
  const yb = b.dayOfYear ?? (b.day === null ? null : dayOfYear(b.day));
  if (ya === null || yb === null || (a.dayOfYear === null && b.dayOfYear === null)) return null;
  const gap = Math.abs(ya - yb);
  return Math.min(gap, 365 - gap);
}

function dayOfYear(day: number): number {
  const d = new Date(day * 86_400_000);
  return Math.round((day * 86_400_000 - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

// True when both name at least two parties and each names one the other does not.
function eachNamesAnother(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size < 2 || b.size < 2) return false;
  return [...a].some((p) => !b.has(p)) && [...b].some((p) => !a.has(p));
}

/** Inverse document frequency of each term over the workspace's articles. */
export function inverseDocumentFrequency(features: readonly EventFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const term of f.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) idf.set(term, Math.log(1 + features.length / n));
  return idf;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, count] of a) {
    const w = count * (idf.get(term) ?? 0);
    na += w * w;
    const other = b.get(term);
    if (other !== undefined) dot += w * other * (idf.get(term) ?? 0);
  }
  for (const [term, count] of b) {
    const w = count * (idf.get(term) ?? 0);
    nb += w * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
