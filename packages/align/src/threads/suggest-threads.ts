// Only the package's public surface: the aligner's internals are free to change.
import { buildCorpus, similarity, type Corpus } from '../index.js';
import { referenceArticleOrder, representativeWordings } from './references.js';
import { sentenceFacts, type SentenceFacts } from './sentence-facts.js';
import { groupIntoThreads, type ThreadEdge } from './thread-groups.js';
import type { SuggestedThread, SuggestThreadsOptions, ThreadEventInput } from './types.js';
import { vetoedScore } from './vetoes.js';

/**
 * Similarity above which two claims of different events state the same commitment. A little above the within-
 * comparison floor (0.3): across events the participants, places and dates change (the vetoes catch those) and
 * the wording drifts, so loose topic overlaps ("strengthen bilateral ties") sit between 0.3 and 0.35 on the
 * learned scale. Each claim also keeps only its strongest partner per event (see thread-groups.ts).
 */
export const THREAD_THRESHOLD = 0.35;
/** Share of the smaller claim's stem weight that a candidate pair must share before it is scored. */
const BLOCKING_OVERLAP = 0.25;
/** Stems found in more than this share of all claims say nothing about which claims match (blocking only). */
const COMMON_SHARE = 0.3;

/** One claim prepared for matching. */
interface Prepared {
  eventIndex: number;
  eventId: string;
  claimId: string;
  label: string;
  wordings: string[];
  facts: SentenceFacts[];
  stems: Set<string>;
}

/** The key of a set of claims, as `exclude` expects it. */
export function memberKey(members: readonly { eventId: string; claimId: string }[]): string {
  return members.map((m) => `${m.eventId}:${m.claimId}`).sort().join(',');
}

/**
 * Proposes threads: claims of different events whose reference wordings say the same thing. Candidate pairs are
 * found through shared rare stems (so the cost grows with matches, not with the square of all claims), scored
 * with {@link similarity} over each claim's representative wordings (the best pair counts), and vetoed by
 * differing numbers, dates or places (see vetoes.ts). A thread holds at most one claim per event: the strongest
 * links are joined first, and a link that would put two claims of one event together is dropped.
 */
export function suggestThreads(events: readonly ThreadEventInput[], options: SuggestThreadsOptions = {}): SuggestedThread[] {
  const threshold = options.threshold ?? THREAD_THRESHOLD;
  const claims = prepare(events, options.taken);
  const pairs = candidatePairs(claims);
  const corpus = buildCorpus([...new Set(pairs.flatMap(([i, j]) => [...claims[i]!.wordings, ...claims[j]!.wordings]))]);
  const edges: ThreadEdge[] = [];
  for (const [i, j] of pairs) {
    const score = claimScore(claims[i]!, claims[j]!, corpus);
    if (score >= threshold) edges.push({ a: i, b: j, score });
  }
  const groups = groupIntoThreads(edges, claims.map((c) => c.eventIndex));
  return groups
    .map((g) => toThread(g.members.map((i) => claims[i]!), g.score, events))
    .filter((t) => !options.exclude?.has(memberKey(t.members)))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

function prepare(events: readonly ThreadEventInput[], taken?: ReadonlySet<string>): Prepared[] {
  const out: Prepared[] = [];
  events.forEach((event, eventIndex) => {
    const order = referenceArticleOrder(event);
    for (const claim of event.claims) {
      if (taken?.has(`${event.id}:${claim.id}`) || claim.sentences.length === 0) continue;
      const wordings = representativeWordings(claim, order);
      const facts = wordings.map(sentenceFacts);
      const stems = new Set(facts.flatMap((f) => [...f.stems]));
      out.push({ eventIndex, eventId: event.id, claimId: claim.id, label: claim.label, wordings, facts, stems });
    }
  });
  return out;
}

// Blocking: count the rare stems each pair of claims of different events shares, through an inverted index.
function candidatePairs(claims: Prepared[]): [number, number][] {
  const index = new Map<string, number[]>();
  claims.forEach((c, i) => c.stems.forEach((s) => index.set(s, [...(index.get(s) ?? []), i])));
  const limit = Math.max(4, COMMON_SHARE * claims.length);
  const weight = (s: string) => Math.log((1 + claims.length) / index.get(s)!.length);
  const pairs: [number, number][] = [];
  claims.forEach((c, i) => {
    const shared = new Map<number, number>();
    for (const s of c.stems) {
      const holders = index.get(s)!;
      if (holders.length > limit) continue;
      for (const j of holders) if (j > i && claims[j]!.eventIndex !== c.eventIndex) shared.set(j, (shared.get(j) ?? 0) + weight(s));
    }
    const own = sumWeight(c.stems, weight);
    for (const [j, w] of shared) {
      if (w >= BLOCKING_OVERLAP * Math.min(own, sumWeight(claims[j]!.stems, weight))) pairs.push([i, j]);
    }
  });
  return pairs;
}

function sumWeight(stems: Set<string>, weight: (s: string) => number): number {
  let sum = 0;
  for (const s of stems) sum += weight(s);
  return sum;
}

/** The best vetoed similarity between any representative wording of one claim and any of the other. */
function claimScore(a: Prepared, b: Prepared, corpus: Corpus): number {
  let best = 0;
  a.wordings.forEach((wa, i) => {
    b.wordings.forEach((wb, j) => {
      best = Math.max(best, vetoedScore(similarity(wa, wb, corpus).score, a.facts[i]!, b.facts[j]!));
    });
  });
  return best;
}

function toThread(members: Prepared[], score: number, events: readonly ThreadEventInput[]): SuggestedThread {
  const byDate = [...members].sort((x, y) => (events[x.eventIndex]!.date ?? '').localeCompare(events[y.eventIndex]!.date ?? ''));
  return {
    name: byDate[0]!.label,
    score: Math.round(score * 1000) / 1000,
    members: byDate.map((m) => ({ eventId: m.eventId, claimId: m.claimId })),
  };
}
