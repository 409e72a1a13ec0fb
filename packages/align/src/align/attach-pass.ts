import { pairStats } from '../similarity/pair-stats.js';
import { addMember, articleCount, type Cluster, type ClusterIndex, type JoinMode } from './clusters.js';
import {
  bestExemplar,
  contains,
  hasRoom,
  isCoreMatch,
  isPartOf,
  learnedGate,
  PARTIAL_MARGIN,
  type ClusterMatch,
  type MatchSettings,
} from './matching.js';
import type { PreparedSegment } from './prepare.js';

/** Extra similarity a repeat must show against a claim's other wordings (as opposed to its reference). */
const REPEAT_MARGIN = 0.2;
/** Share of a folded sentence's evidence for a second claim that must not already explain its first claim. */
const FOLD_DISTINCT = 0.5;

/** A way a loner could join a claim, and the score that supports it. */
interface Option {
  match: ClusterMatch;
  mode: JoinMode;
}

/**
 * Second pass: links the segments the first pass left alone or only partly placed. A segment alone in its claim
 * joins the claim it matches best: one it says the same as (found after it was processed), one it repeats (its
 * article is already there: it must then match that claim's reference closely), or one it is a part of (an outlet
 * split the claim). A segment that folds established claims into one sentence links to each of them as PARTIAL.
 * Runs in canonical order, so quotas fill the same way whatever the input order.
 */
export function attachPass(ordered: readonly PreparedSegment[], clusters: Cluster[], index: ClusterIndex, s: MatchSettings): void {
  const home = new Map<PreparedSegment, Cluster>();
  for (const c of clusters) for (const m of c.members) home.set(m.p, c);
  const ctx: PassContext = { clusters, index, s, home, claimsOf: new Map() };
  for (const p of ordered) {
    if (p.pivot) continue;
    const own = home.get(p)!;
    if (own.members.length === 1) attachLoner(p, own, ctx);
    else if (p !== own.seed) attachFolded(p, own, ctx);
  }
}

/** State shared by the steps of the pass. */
interface PassContext {
  clusters: Cluster[];
  index: ClusterIndex;
  s: MatchSettings;
  /** The claim each segment was placed in by the first pass. */
  home: Map<PreparedSegment, Cluster>;
  /** How many claims each segment has been linked to beyond its first. */
  claimsOf: Map<PreparedSegment, number>;
}

function addFold(ctx: PassContext, cluster: Cluster, p: PreparedSegment, score: number): void {
  addMember(cluster, { p, mode: 'container', score });
  ctx.claimsOf.set(p, (ctx.claimsOf.get(p) ?? 0) + 1);
}

function canFold(ctx: PassContext, p: PreparedSegment): boolean {
  return (ctx.claimsOf.get(p) ?? 0) + 1 < ctx.s.maxClaimsPerSegment;
}

function matchesFor(p: PreparedSegment, own: Cluster, ctx: PassContext): ClusterMatch[] {
  return ctx.index
    .candidates(p)
    .map((id) => ctx.clusters[id]!)
    .filter((c) => c !== own && !c.dead)
    .map((c) => bestExemplar(p, c, ctx.s));
}

function attachLoner(p: PreparedSegment, own: Cluster, ctx: PassContext): void {
  const { s } = ctx;
  const matches = matchesFor(p, own, ctx).filter((m) => hasRoom(m.cluster, p.seg.articleId, s.maxLinksPerArticle));
  const single = matches
    .map((m) => singleOption(m, p, s))
    .filter((o): o is Option => o !== null)
    .sort((a, b) => b.match.stats.score - a.match.stats.score || a.match.cluster.id - b.match.cluster.id)[0];
  const folded = establishedContained(matches, p, s, s.maxClaimsPerSegment);
  const foldWins = folded.length > 0 && (!single || folded[0]!.stats.score > single.match.stats.score);
  if (foldWins) {
    for (const m of folded) addMember(m.cluster, { p, mode: 'container', score: m.stats.score });
    ctx.claimsOf.set(p, folded.length - 1);
  } else if (single) {
    addMember(single.match.cluster, { p, mode: single.mode, score: single.match.stats.score });
  } else {
    pullFolded(p, own, matches, ctx);
    return;
  }
  own.dead = true;
}

/**
 * The loner's claim may have been folded by another outlet into a sentence the first pass placed elsewhere
 * ("conflicts in the Middle East and Afghanistan"): link that sentence here too, when what it shares with the
 * loner is mostly not what it shares with its own claim.
 */
function pullFolded(p: PreparedSegment, own: Cluster, matches: ClusterMatch[], ctx: PassContext): void {
  const pulled = matches
    .filter((m) => m.exemplar.seg.articleId !== p.seg.articleId && m.exemplar !== m.cluster.seed && canFold(ctx, m.exemplar))
    .filter((m) => isCoreMatch(m, p, ctx.s) && distinctShare(m.exemplar, m.cluster.seed, p) >= FOLD_DISTINCT)
    .sort((a, b) => b.stats.score - a.stats.score || a.cluster.id - b.cluster.id)[0];
  if (pulled && pairStats(pulled.exemplar.ws, pulled.cluster.seed.ws).covA < ctx.s.containment)
    addFold(ctx, own, pulled.exemplar, pulled.stats.score);
}

function singleOption(m: ClusterMatch, p: PreparedSegment, s: MatchSettings): Option | null {
  if (m.cluster.perArticle.has(p.seg.articleId)) {
    // A second sentence of the same article must restate the claim's reference, or another outlet's wording very
    // closely; a loose match here would let one article's neighbouring sentences chain two claims together.
    const seedMatch: ClusterMatch = {
      cluster: m.cluster,
      exemplar: m.cluster.seed,
      stats: pairStats(p.ws, m.cluster.seed.ws, learnedGate(s)),
    };
    if (seedMatch.stats.score >= s.threshold + PARTIAL_MARGIN / 2 && isCoreMatch(seedMatch, p, s))
      return { match: seedMatch, mode: 'repeat' };
    if (m.stats.score >= s.threshold + REPEAT_MARGIN && isCoreMatch(m, p, s)) return { match: m, mode: 'repeat' };
    return isPartOf(seedMatch, p, s) ? { match: seedMatch, mode: 'part' } : null;
  }
  if (isCoreMatch(m, p, s)) return { match: m, mode: 'core' };
  return isPartOf(m, p, s) ? { match: m, mode: 'part' } : null;
}

function attachFolded(p: PreparedSegment, own: Cluster, ctx: PassContext): void {
  const { s } = ctx;
  // Only a segment that says clearly more than its own claim's seed can be folding in another claim.
  if (!canFold(ctx, p) || pairStats(p.ws, own.seed.ws).covA >= s.containment) return;
  const folded = matchesFor(p, own, ctx)
    .filter((m) => !m.cluster.perArticle.has(p.seg.articleId) && (articleCount(m.cluster) >= 2 || m.cluster.seed.pivot))
    .filter((m) => (contains(m, p, s) || isCoreMatch(m, p, s)) && distinctShare(p, own.seed, m.exemplar) >= FOLD_DISTINCT)
    .sort((a, b) => b.stats.score - a.stats.score || a.cluster.id - b.cluster.id)
    .slice(0, s.maxClaimsPerSegment - 1 - (ctx.claimsOf.get(p) ?? 0));
  for (const m of folded) addFold(ctx, m.cluster, p, m.stats.score);
}

/** The share of the term weight p shares with `other` that it does not also share with `first`. */
function distinctShare(p: PreparedSegment, first: PreparedSegment, other: PreparedSegment): number {
  let all = 0;
  let distinct = 0;
  for (const [key, w] of p.ws.w) {
    if (!other.ws.w.has(key)) continue;
    all += w;
    if (!first.ws.w.has(key)) distinct += w;
  }
  return all ? distinct / all : 0;
}

// Folding only links to claims that at least two outlets make (or the pivot), so that two loners cannot absorb
// each other's parts.
function establishedContained(matches: ClusterMatch[], p: PreparedSegment, s: MatchSettings, limit: number): ClusterMatch[] {
  return matches
    .filter((m) => contains(m, p, s) && (articleCount(m.cluster) >= 2 || m.cluster.seed.pivot))
    .sort((a, b) => b.stats.score - a.stats.score || a.cluster.id - b.cluster.id)
    .slice(0, Math.max(0, limit));
}
