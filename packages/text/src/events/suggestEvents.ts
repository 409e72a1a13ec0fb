import type { EventCandidate, EventSuggestion } from '../types.js';
import { eventFeatures, samePerson, type EventFeatures } from './eventFeatures.js';
import { comparePair, inverseDocumentFrequency, type PairEvidence } from './similarity.js';

/** Pairs scoring at least this much (on average between two groups) are reported together. */
export const EVENT_THRESHOLD = 0.5;

/**
 * Suggests groups of articles that report the same statement or event. Publication dates (close, or a
 * veto when a month apart), named participants and the kind of meeting decide; shared topic words only
 * tip the balance. Groups are built by agglomerative clustering on the best few links between groups and returned best first; articles that
 * match nothing are left out.
 */
export function suggestEvents(articles: EventCandidate[]): EventSuggestion[] {
  const features = articles.map(eventFeatures);
  completeTextDates(features);
  const idf = inverseDocumentFrequency(features);
  const n = features.length;
  const pairs: PairEvidence[][] = Array.from({ length: n }, () => new Array<PairEvidence>(n));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) pairs[i][j] = pairs[j][i] = comparePair(features[i], features[j], idf);
  }
  const groups = cluster(n, pairs);
  return groups
    .filter((g) => g.length >= 2)
    .map((g) => describe(g, features, pairs))
    .sort((a, b) => b.score - a.score);
}

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * Undated articles often carry their day in the text ("Tokyo, Aug 29 (IANS) -"), seldom the year: the year
 * is the one that puts that day nearest the batch's known dates (publication dates, and full dates read from
 * other articles' text). With no year anywhere in the batch, the month and day still compare within a year.
 */
function completeTextDates(features: EventFeatures[]): void {
  const known: number[] = [];
  for (const f of features) {
    if (f.day !== null) known.push(f.day);
    else if (f.textDate?.year != null) known.push(dayNumber(f.textDate.year, f.textDate.month, f.textDate.day));
  }
  const years = [...new Set(known.map((d) => new Date(d * DAY_MS).getUTCFullYear()))];
  for (const f of features) {
    const t = f.textDate;
    if (f.day !== null || t === null) continue;
    let year = t.year;
    if (year === null && years.length > 0) {
      let best = Infinity;
      for (const y of years.flatMap((y) => [y - 1, y, y + 1])) {
        const d = dayNumber(y, t.month, t.day);
        const gap = Math.min(...known.map((k) => Math.abs(k - d)));
        if (gap < best || (gap === best && year !== null && y > year)) [best, year] = [gap, y];
      }
    }
    if (year === null) {
      f.dayOfYear = dayNumber(2001, t.month, t.day) - dayNumber(2001, 1, 1) + 1;
      continue;
    }
    f.day = dayNumber(year, t.month, t.day);
    f.date = new Date(f.day * DAY_MS).toISOString().slice(0, 10);
    f.dayFromText = true;
  }
}

function cluster(n: number, pairs: PairEvidence[][]): number[][] {
  let groups = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = { score: EVENT_THRESHOLD, a: -1, b: -1 };
    for (let a = 0; a < groups.length; a += 1) {
      for (let b = a + 1; b < groups.length; b += 1) {
        const score = linkage(groups[a], groups[b], pairs);
        if (score >= best.score) best = { score, a, b };
      }
    }
    if (best.a === -1) return groups;
    const merged = [...groups[best.a], ...groups[best.b]].sort((x, y) => x - y);
    groups = groups.filter((_, k) => k !== best.a && k !== best.b).concat([merged]);
  }
}

/** How many of the most similar cross pairs decide whether two groups merge. */
export const LINKAGE_TOP = 3;

// The average of the LINKAGE_TOP most similar pairs across the two groups: a large group's reports differ
// in what they quote (a reaction names one spokesperson, a wire story the ministers), so averaging over
// every pair lets the weakest members keep two halves of one event apart. Any veto (dates a month apart,
// different numbered rounds) still forbids the merge.
function linkage(a: readonly number[], b: readonly number[], pairs: PairEvidence[][]): number {
  const scores: number[] = [];
  for (const i of a) {
    for (const j of b) {
      if (pairs[i][j].veto) return -1;
      scores.push(pairs[i][j].score);
    }
  }
  const top = scores.sort((x, y) => y - x).slice(0, LINKAGE_TOP);
  return top.reduce((sum, s) => sum + s, 0) / top.length;
}

function describe(group: readonly number[], features: readonly EventFeatures[], pairs: PairEvidence[][]): EventSuggestion {
  const members = group.map((i) => features[i]);
  let sum = 0;
  let count = 0;
  for (const i of group) for (const j of group) if (i < j) [sum, count] = [sum + pairs[i][j].score, count + 1];
  const people = commonTo(
    members.map((m) => m.people),
    samePerson,
  );
  const kinds = commonTo(
    members.map((m) => [...m.kinds]),
    (x, y) => x === y,
    0.5,
  );
  const dates = members
    .map((m) => m.date)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    articleIds: members.map((m) => m.id),
    label: label(kinds, people, dates, members),
    score: Math.round((sum / count) * 100) / 100,
    reasons: reasons(group, members, pairs, people, kinds, dates),
  };
}

// Items mentioned by at least `share` of the members (default: a majority), most widely shared first.
function commonTo(lists: string[][], same: (a: string, b: string) => boolean, share = 0.6): string[] {
  const tally: { item: string; n: number }[] = [];
  for (const list of lists) {
    for (const item of list) {
      const hit = tally.find((t) => same(t.item, item));
      if (hit === undefined) tally.push({ item, n: 1 });
      else {
        hit.n += 1;
        if (item.length > hit.item.length) hit.item = item;
      }
    }
  }
  const need = Math.max(2, Math.ceil(lists.length * share));
  return tally
    .filter((t) => t.n >= need)
    .sort((a, b) => b.n - a.n)
    .map((t) => t.item);
}

function label(kinds: string[], people: string[], dates: string[], members: readonly EventFeatures[]): string {
  const what = kinds.length > 0 ? capitalise(kinds[0]) : 'Same event';
  const who = people.slice(0, 3).join(', ');
  const when =
    dates.length === 0 ? '' : dates[0] === dates[dates.length - 1] ? ` (${dates[0]})` : ` (${dates[0]} – ${dates[dates.length - 1]})`;
  if (who === '' && kinds.length === 0) return `${members[0].headline ?? 'Same event'}${when}`;
  return `${what}${who === '' ? '' : `: ${who}`}${when}`;
}

function reasons(
  group: readonly number[],
  members: readonly EventFeatures[],
  pairs: PairEvidence[][],
  people: string[],
  kinds: string[],
  dates: string[],
): string[] {
  const out: string[] = [];
  if (dates.length >= 2) {
    let widest = 0;
    for (const i of group) for (const j of group) widest = Math.max(widest, pairs[i]?.[j]?.daysApart ?? 0);
    out.push(
      `published ${widest === 0 ? 'the same day' : `within ${widest} ${widest === 1 ? 'day' : 'days'} of each other`} (${dates[0]} to ${dates[dates.length - 1]})`,
    );
  }
  const fromText = members.filter((m) => m.dayFromText).length;
  if (fromText > 0)
    out.push(
      `${fromText === 1 ? '1 undated article is' : `${fromText} undated articles are`} dated by the day in ${fromText === 1 ? 'its' : 'their'} own text (dateline or first sentence)`,
    );
  if (dates.length < members.length)
    out.push(
      members.length - dates.length === 1
        ? '1 article has no publication date'
        : `${members.length - dates.length} articles have no publication date`,
    );
  if (people.length > 0) out.push(`the same participants are named: ${people.join(', ')}`);
  if (kinds.length > 0) out.push(`the same kind of event: ${kinds.join(', ')}`);
  const topics = group.flatMap((i) => group.filter((j) => j > i).map((j) => pairs[i][j].topic));
  out.push(`shared wording (average topic similarity ${(topics.reduce((s, t) => s + t, 0) / topics.length).toFixed(2)})`);
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
