// Only the package's public surface: the aligner's internals are free to change.
import { analyseSentence, buildCorpus, scoreAcrossEvents, type AnalysedSentence, type Corpus } from '../index.js';
import { referenceArticleOrder, representativeWordings } from './references.js';
import { sentenceFacts, sentenceStems, type SentenceFacts } from './sentence-facts.js';
import { groupIntoThreads, type ThreadEdge } from './thread-groups.js';
import type { SuggestedThread, SuggestThreadsOptions, ThreadEventInput } from './types.js';
import { NEAR_COPY, vetoedScore } from './vetoes.js';

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
/** A commitment holds at most one claim per event, so a stem in more claims than this many per event is a topic word. */
const HOLDERS_PER_EVENT = 6;
/** The most candidates one claim is scored against in each other event, strongest blocking overlap first. */
const CANDIDATES_PER_EVENT = 2;
/** How many wordings the rarity weights are estimated from. */
const CORPUS_SAMPLE = 4000;
/** How far below the threshold the reference wordings may score for the other wordings to be tried. */
const RETRY_MARGIN = 0.3;
/** Rare stems two claims must share to be scored at all (as the aligner asks two shared content terms). */
const MIN_SHARED_STEMS = 2;

/** One claim prepared for matching. */
interface Prepared {
  eventIndex: number;
  eventId: string;
  claimId: string;
  label: string;
  wordings: string[];
  /** Each wording's facts, read on first use: most wordings are never scored, many only their reference. */
  facts: (SentenceFacts | undefined)[];
  stems: Set<string>;
}

/** The key of a set of claims, as `exclude` expects it. */
export function memberKey(members: readonly { eventId: string; claimId: string }[]): string {
  return members
    .map((m) => `${m.eventId}:${m.claimId}`)
    .sort()
    .join(',');
}

/**
 * Proposes threads: claims of different events whose reference wordings say the same thing. Candidate pairs are
 * found through shared rare stems (so the cost grows with matches, not with the square of all claims), scored
 * with the aligner's similarity (analyseSentence / scoreAcrossEvents) over each claim's representative wordings (the best pair counts), and vetoed by
 * differing numbers, dates or places (see vetoes.ts). A thread holds at most one claim per event: the strongest
 * links are joined first, and a link that would put two claims of one event together is dropped.
 */
export function suggestThreads(events: readonly ThreadEventInput[], options: SuggestThreadsOptions = {}): SuggestedThread[] {
  const threshold = options.threshold ?? THREAD_THRESHOLD;
  const claims = prepare(events, options.taken);
  const pairs = candidatePairs(claims, events.length);
  // Rarity over the wordings that are compared at all (a sample of them when there are many: idf is stable).
  const compared = [...new Set(pairs.flatMap(([i, j]) => [...claims[i]!.wordings, ...claims[j]!.wordings]))];
  const step = Math.max(1, Math.floor(compared.length / CORPUS_SAMPLE));
  const analyse = analyser(buildCorpus(compared.filter((_, k) => k % step === 0)));
  const edges = scoreEdges(claims, pairs, analyse, threshold);
  const groups = groupIntoThreads(
    edges,
    claims.map((c) => c.eventIndex),
  );
  return groups
    .map((g) =>
      toThread(
        g.members.map((i) => claims[i]!),
        g.score,
        events,
      ),
    )
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
      const stems = new Set(wordings.flatMap((w) => [...sentenceStems(w)]));
      out.push({ eventIndex, eventId: event.id, claimId: claim.id, label: claim.label, wordings, facts: [], stems });
    }
  });
  return out;
}

// Blocking: sum the weights of the rare stems each pair of claims of different events shares, through an
// inverted index, and keep each claim's strongest candidates.
function candidatePairs(claims: Prepared[], eventCount: number): [number, number][] {
  const index = new Map<string, number[]>();
  claims.forEach((c, i) => c.stems.forEach((s) => (index.get(s) ?? index.set(s, []).get(s)!).push(i)));
  const limit = Math.max(8, Math.min(COMMON_SHARE * claims.length, HOLDERS_PER_EVENT * eventCount));
  const rareStems = claims.map((c) => rarePostings(c.stems, index, limit, claims.length));
  const own = rareStems.map((list) => list.reduce((sum, r) => sum + r.weight, 0));
  // The pair loop is the hot path (tens of thousands of claims): overlaps accumulate in flat arrays indexed by
  // claim, reset through the list of claims touched, instead of a map of objects per claim.
  const sharedWeight = new Float64Array(claims.length);
  const sharedCount = new Int32Array(claims.length);
  const pairs: [number, number][] = [];
  claims.forEach((c, i) => {
    const touched: number[] = [];
    for (const { postings, weight } of rareStems[i]!) {
      // Postings are in claim order, and each pair is counted once, from its lower index.
      for (let k = firstAfter(postings, i); k < postings.length; k++) {
        const j = postings[k]!;
        if (claims[j]!.eventIndex === c.eventIndex) continue;
        if (sharedCount[j] === 0) touched.push(j);
        sharedWeight[j] += weight;
        sharedCount[j] += 1;
      }
    }
    const passing = touched.filter(
      (j) => sharedCount[j]! >= MIN_SHARED_STEMS && sharedWeight[j]! >= BLOCKING_OVERLAP * Math.min(own[i]!, own[j]!),
    );
    passing.sort((x, y) => sharedWeight[y]! - sharedWeight[x]!);
    const perEvent = new Map<number, number>();
    for (const j of passing) {
      const e = claims[j]!.eventIndex;
      if ((perEvent.get(e) ?? 0) >= CANDIDATES_PER_EVENT) continue;
      perEvent.set(e, (perEvent.get(e) ?? 0) + 1);
      pairs.push([i, j]);
    }
    for (const j of touched) sharedWeight[j] = sharedCount[j] = 0;
  });
  return pairs;
}

/** A claim's stems held by at most `limit` claims, each with its postings and rarity weight. */
function rarePostings(stems: Set<string>, index: Map<string, number[]>, limit: number, claimCount: number) {
  const out: { postings: number[]; weight: number }[] = [];
  for (const s of stems) {
    const postings = index.get(s)!;
    if (postings.length <= limit) out.push({ postings, weight: Math.log((1 + claimCount) / postings.length) });
  }
  return out;
}

/** The position of the first entry greater than `value` in an ascending list. */
function firstAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Analyses each wording once against the corpus, on first use. */
type Analyser = (text: string) => AnalysedSentence;

function analyser(corpus: Corpus): Analyser {
  const cache = new Map<string, AnalysedSentence>();
  return (text) => cache.get(text) ?? cache.set(text, analyseSentence(text, corpus)).get(text)!;
}

/**
 * Scores the candidate pairs in two passes. First the reference wordings of every pair (most restated
 * commitments match there). Then, for pairs that fell short but not far short, the other representative
 * wordings, best pair counting — but only where the pair is not already connected through links of the first
 * pass: a restated commitment across 20 events is one connected group after the first pass, and retrying its
 * inner pairs (most of the cost) could only add links inside it.
 */
function scoreEdges(claims: Prepared[], pairs: [number, number][], analyse: Analyser, threshold: number): ThreadEdge[] {
  const floor = threshold - RETRY_MARGIN;
  const score = (a: Prepared, b: Prepared, i: number, j: number) => {
    const raw = scoreAcrossEvents(analyse(a.wordings[i]!), analyse(b.wordings[j]!));
    // A veto only zeroes a score below a near copy, and a score below the retry floor is dropped anyway: the
    // facts (the costly part) are read only where the veto can change the outcome.
    return raw < floor || raw >= NEAR_COPY ? raw : vetoedScore(raw, factsOf(a, i), factsOf(b, j));
  };
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const edges: ThreadEdge[] = [];
  const retry: [number, number, number][] = [];
  for (const [i, j] of pairs) {
    const s = score(claims[i]!, claims[j]!, 0, 0);
    if (s >= threshold) {
      edges.push({ a: i, b: j, score: s });
      parent[find(i)] = find(j);
    } else if (s >= threshold - RETRY_MARGIN) retry.push([i, j, s]);
  }
  for (const [i, j, first] of retry) {
    if (find(i) === find(j)) continue;
    const a = claims[i]!;
    const b = claims[j]!;
    let best = first;
    a.wordings.forEach((_, x) => b.wordings.forEach((__, y) => (best = x + y > 0 ? Math.max(best, score(a, b, x, y)) : best)));
    if (best >= threshold) {
      edges.push({ a: i, b: j, score: best });
      parent[find(i)] = find(j);
    }
  }
  return edges;
}

function factsOf(c: Prepared, i: number): SentenceFacts {
  return (c.facts[i] ??= sentenceFacts(c.wordings[i]!));
}

function toThread(members: Prepared[], score: number, events: readonly ThreadEventInput[]): SuggestedThread {
  const byDate = [...members].sort((x, y) => (events[x.eventIndex]!.date ?? '').localeCompare(events[y.eventIndex]!.date ?? ''));
  return {
    name: byDate[0]!.label,
    score: Math.round(score * 1000) / 1000,
    members: byDate.map((m) => ({ eventId: m.eventId, claimId: m.claimId })),
  };
}
