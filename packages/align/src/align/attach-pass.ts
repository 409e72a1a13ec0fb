import { pairStats } from '../similarity/pair-stats.js';
import { addMember, articleCount, type Cluster, type ClusterIndex } from './clusters.js';
import { bestExemplar, contains, hasRoom, isPartOf, isSymmetricMatch, type ClusterMatch, type MatchSettings } from './matching.js';
import type { PreparedSegment } from './prepare.js';

/**
 * Second pass: links the segments the first pass left alone or only partly placed. A segment alone in its claim
 * joins a claim it repeats (a second mention in the same article) or is part of (an outlet split the claim); a
 * segment that folds one or more established claims into one sentence links to each of them as PARTIAL. Runs in
 * canonical order, so quotas fill the same way whatever the input order.
 */
export function attachPass(ordered: readonly PreparedSegment[], clusters: Cluster[], index: ClusterIndex, s: MatchSettings): void {
  const home = new Map<PreparedSegment, Cluster>();
  for (const c of clusters) for (const m of c.members) home.set(m.p, c);
  for (const p of ordered) {
    if (p.pivot) continue;
    const own = home.get(p)!;
    if (own.members.length === 1) attachLoner(p, own, clusters, index, s);
    else if (p !== own.seed) attachFolded(p, own, clusters, index, s);
  }
}

function matchesFor(p: PreparedSegment, own: Cluster, clusters: Cluster[], index: ClusterIndex, s: MatchSettings): ClusterMatch[] {
  return index
    .candidates(p)
    .map((id) => clusters[id]!)
    .filter((c) => c !== own && !c.dead && hasRoom(c, p.seg.articleId, s.maxLinksPerArticle))
    .map((c) => bestExemplar(p, c));
}

function attachLoner(p: PreparedSegment, own: Cluster, clusters: Cluster[], index: ClusterIndex, s: MatchSettings): void {
  const matches = matchesFor(p, own, clusters, index, s);
  const single = matches
    .filter((m) => isSymmetricMatch(m, p, s) || isPartOf(m, p, s))
    .sort((a, b) => b.stats.score - a.stats.score || a.cluster.id - b.cluster.id)[0];
  if (single) {
    addMember(single.cluster, { p, mode: isSymmetricMatch(single, p, s) ? 'repeat' : 'part', score: single.stats.score });
    own.dead = true;
    return;
  }
  const folded = establishedContained(matches, p, s, s.maxClaimsPerSegment);
  if (folded.length < 1) return;
  for (const m of folded) addMember(m.cluster, { p, mode: 'container', score: m.stats.score });
  own.dead = true;
}

function attachFolded(p: PreparedSegment, own: Cluster, clusters: Cluster[], index: ClusterIndex, s: MatchSettings): void {
  // Only a segment that says clearly more than its own claim's seed can be folding in another claim.
  if (pairStats(p.ws, own.seed.ws).covA >= s.containment) return;
  const matches = matchesFor(p, own, clusters, index, s);
  for (const m of establishedContained(matches, p, s, s.maxClaimsPerSegment - 1)) {
    addMember(m.cluster, { p, mode: 'container', score: m.stats.score });
  }
}

// Folding only links to claims that at least two outlets make (or the pivot), so that two loners cannot absorb
// each other's parts.
function establishedContained(matches: ClusterMatch[], p: PreparedSegment, s: MatchSettings, limit: number): ClusterMatch[] {
  return matches
    .filter((m) => contains(m, p, s) && (articleCount(m.cluster) >= 2 || m.cluster.seed.pivot))
    .sort((a, b) => b.stats.score - a.stats.score || a.cluster.id - b.cluster.id)
    .slice(0, Math.max(0, limit));
}
