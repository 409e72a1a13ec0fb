import { diffSegments } from '../index.js';
import { changeFlags, firmness } from './change-flags.js';
import { joinWording, referenceArticleOrder, wordingsByArticle } from './references.js';
import { sentenceFacts } from './sentence-facts.js';
import type { ThreadClaimInput, ThreadEventInput, Timeline, TimelineCell, TimelineEvent, WordingChange } from './types.js';
import { outletSummary } from './summaries.js';

/** One event of a thread with the claim the thread links there. */
export interface ThreadStop {
  event: Omit<ThreadEventInput, 'claims'>;
  claim: ThreadClaimInput;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2026" from an ISO date; the event title when undated. */
export function eventLabel(date: string | null, title: string): string {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : title;
}

/**
 * The timeline of a thread: its events in date order; for each event, each outlet's wording of the claim (or
 * "not reported" when the outlet has an article in the event but no sentence in the claim, or "no article");
 * each wording diffed word by word against the same outlet's wording in the previous event (or, when the outlet
 * was silent there, the previous event's reference wording), with flags for what changed; and a summary line per
 * outlet. Outlets are listed in order of first appearance.
 */
export function buildTimeline(stops: readonly ThreadStop[]): Timeline {
  const sorted = [...stops].sort(
    (a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999') || a.event.id.localeCompare(b.event.id),
  );
  const wordings = sorted.map(outletWordings);
  const outlets = [...new Set(wordings.flatMap((w) => [...w.articlesOf.keys()]))];
  const events: TimelineEvent[] = sorted.map((s, i) => ({
    eventId: s.event.id,
    claimId: s.claim.id,
    title: s.event.title,
    date: s.event.date,
    label: eventLabel(s.event.date, s.event.title),
    referenceSentence: wordings[i]!.reference,
  }));
  const cells: TimelineCell[] = [];
  for (const outlet of outlets) {
    sorted.forEach((s, i) => cells.push(cellOf(outlet, i, sorted, wordings)));
  }
  const summaries = outlets.map((outlet) => ({
    outlet,
    summary: outletSummary(
      events,
      cells.filter((c) => c.outlet === outlet),
    ),
  }));
  return { events, cells, summaries };
}

interface EventWordings {
  /** Outlet → its articles in this event. */
  articlesOf: Map<string, string[]>;
  /** Outlet → its wording of the claim and the segments. */
  byOutlet: Map<string, { text: string; segmentIds: string[] }>;
  reference: string | null;
}

function outletName(outlet: string | null, articleId: string): string {
  return outlet?.trim() || `Article ${articleId.slice(0, 8)}`;
}

function outletWordings(stop: ThreadStop): EventWordings {
  const articlesOf = new Map<string, string[]>();
  const outletOf = new Map<string, string>();
  for (const a of stop.event.articles) {
    const name = outletName(a.outlet, a.id);
    outletOf.set(a.id, name);
    articlesOf.set(name, [...(articlesOf.get(name) ?? []), a.id]);
  }
  const groups = wordingsByArticle(stop.claim, referenceArticleOrder(stop.event));
  const byOutlet = new Map<string, { text: string; segmentIds: string[] }>();
  for (const g of groups) {
    const name = outletOf.get(g.articleId) ?? outletName(g.sentences[0]!.outlet, g.articleId);
    if (!articlesOf.has(name)) articlesOf.set(name, [g.articleId]);
    // An outlet with two articles in one event: the first (in comparison order) speaks for it.
    if (!byOutlet.has(name)) byOutlet.set(name, { text: joinWording(g.sentences), segmentIds: g.sentences.map((s) => s.segmentId) });
  }
  return { articlesOf, byOutlet, reference: groups[0] ? joinWording(groups[0].sentences) : null };
}

function cellOf(outlet: string, i: number, stops: readonly ThreadStop[], wordings: EventWordings[]): TimelineCell {
  const w = wordings[i]!;
  const mine = w.byOutlet.get(outlet);
  const status = mine ? 'REPORTED' : w.articlesOf.has(outlet) ? 'NOT_REPORTED' : 'NO_ARTICLE';
  const cell: TimelineCell = {
    eventId: stops[i]!.event.id,
    outlet,
    status,
    sentence: mine?.text ?? null,
    segmentIds: mine?.segmentIds ?? [],
    change: null,
  };
  if (mine && i > 0) cell.change = changeAgainst(mine.text, outlet, stops[i - 1]!.event.id, wordings[i - 1]!);
  return cell;
}

function changeAgainst(text: string, outlet: string, previousEventId: string, previous: EventWordings): WordingChange | null {
  const own = previous.byOutlet.get(outlet)?.text;
  const base = own ?? previous.reference;
  if (!base) return null;
  return {
    previousEventId,
    against: own ? 'OUTLET' : 'REFERENCE',
    previousSentence: base,
    ops: diffSegments(base, text),
    flags: changeFlags(sentenceFacts(base), sentenceFacts(text)),
  };
}

/** How much firmer (positive) or softer (negative) a wording is than another; exported for summaries and tests. */
export function firmnessDelta(previous: string, current: string): number {
  return firmness(sentenceFacts(current)) - firmness(sentenceFacts(previous));
}
