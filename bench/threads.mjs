#!/usr/bin/env node
/**
 * Thread suggestion benchmark: 20 comparisons (events) of 50 generated articles each, built by bench/align.mjs's
 * generator with a different seed per event (so they share many, not all, commitments). Each event's claims are
 * the generator's truth (the segments of one source sentence form a claim; every filler sentence is a claim of
 * its own, as the aligner leaves single-outlet sentences), so the figure measures suggestThreads alone and does
 * not wait for 20 alignments. Prints the suggestion time (target < 5 s) and how many threads it found.
 *
 * Usage: npm run build -w @parallax/align && node bench/threads.mjs [events] [articles]
 */
import { suggestThreads } from '../packages/align/dist/index.js';
import { makeComparison } from './align.mjs';

/** Turns one generated, aligned comparison into the event shape suggestThreads reads. */
function toEvent(index, articles, claims) {
  const segments = new Map(articles.flatMap((a) => a.segments.map((s) => [s.id, s])));
  const outletOf = new Map(articles.map((a) => [a.id, a.outletName]));
  return {
    id: `event-${index}`,
    title: `Event ${index}`,
    date: new Date(Date.UTC(2020, index, 1)).toISOString(),
    articles: articles.map((a) => ({ id: a.id, outlet: a.outletName })),
    claims: claims.map((c) => ({
      id: c.id,
      label: c.label,
      sentences: c.links.map((l) => ({
        segmentId: l.segmentId,
        articleId: l.articleId,
        outlet: outletOf.get(l.articleId),
        index: segments.get(l.segmentId).index,
        text: segments.get(l.segmentId).text,
      })),
    })),
  };
}

/** The claims a perfect aligner would find: segments grouped by their first source sentence. */
function truthClaims(articles, sources, event) {
  const claims = new Map();
  for (const a of articles) {
    for (const s of a.segments) {
      const src = sources.get(s.id.slice(s.id.indexOf('-') + 1)) ?? [];
      const key = src.length ? `src-${src[0]}` : `only-${s.id}`;
      if (!claims.has(key)) claims.set(key, { id: `${event}-${key}`, label: s.text.slice(0, 40), links: [] });
      claims.get(key).links.push({ segmentId: s.id, articleId: a.id });
    }
  }
  return [...claims.values()];
}

/**
 * Scores threads against the generator's truth: every event draws its commitments from one pool of source
 * sentences, so claims of one source in different events belong in one thread. Precision: the share of member
 * pairs in a thread that share a source (fillers share none); recall: the share of same-source claim pairs of
 * different events that some thread joins. Two pool sentences that say the same thing count as different
 * sources, so precision is a lower bound.
 */
function threadQuality(threads, events) {
  const sourceOf = (claimId) => claimId.slice(claimId.indexOf('-') + 1);
  let pairs = 0;
  let same = 0;
  for (const t of threads) {
    const keys = t.members.map((m) => sourceOf(m.claimId));
    keys.forEach((a, i) =>
      keys.slice(i + 1).forEach((b) => {
        pairs++;
        if (a === b && a.startsWith('src-')) same++;
      }),
    );
  }
  const bySource = new Map();
  for (const e of events)
    for (const c of e.claims) if (sourceOf(c.id).startsWith('src-')) bySource.set(sourceOf(c.id), (bySource.get(sourceOf(c.id)) ?? 0) + 1);
  const truePairs = [...bySource.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  return { precision: pairs ? same / pairs : 1, recall: truePairs ? same / truePairs : 1 };
}

/** Builds the events, times suggestThreads, and returns the figures. */
export function benchThreads(eventCount = 20, articleCount = 50) {
  const t0 = performance.now();
  const events = Array.from({ length: eventCount }, (_, i) => {
    // Ids must differ per event: the generator numbers articles and segments the same way for every seed.
    const { articles, sources } = makeComparison(articleCount + i);
    const mine = articles.slice(0, articleCount).map((a) => ({
      ...a,
      id: `e${i}-${a.id}`,
      segments: a.segments.map((s) => ({ ...s, id: `e${i}-${s.id}`, articleId: `e${i}-${a.id}` })),
    }));
    return toEvent(i, mine, truthClaims(mine, sources, i));
  });
  const prepareMs = performance.now() - t0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const threads = suggestThreads(events);
  const suggestMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const claims = events.reduce((s, e) => s + e.claims.length, 0);
  return {
    events: eventCount,
    articles: articleCount,
    claims,
    prepareMs,
    suggestMs,
    // CPU time of the process (all its threads, GC included): on a shared, busy machine wall time can be a
    // multiple of it, so it is the figure to compare between runs.
    suggestCpuMs: (cpu.user + cpu.system) / 1000,
    threads: threads.length,
    fullThreads: threads.filter((t) => t.members.length === eventCount).length,
    ...threadQuality(threads, events),
  };
}

/** Prints the figures as one markdown line. */
export function printThreadBench(r) {
  console.log(
    `\nThread suggestion: ${r.events} comparisons × ${r.articles} articles (${r.claims} claims): ${(r.suggestMs / 1000).toFixed(2)} s ` +
      `wall, ${(r.suggestCpuMs / 1000).toFixed(2)} s CPU (target < 5 s; generating them took ${(r.prepareMs / 1000).toFixed(1)} s), ${r.threads} threads, ${r.fullThreads} across all ${r.events} events; ` +
      `against the generator's sources: precision ${(r.precision * 100).toFixed(1)} %, recall ${(r.recall * 100).toFixed(1)} %.`,
  );
}

const direct = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (direct) printThreadBench(benchThreads(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 50)));
