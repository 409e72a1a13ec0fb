import { pairStats, type PairStats } from '../similarity/pair-stats.js';
import { isPartial } from '../relation/relation.js';
import type { Cluster } from './clusters.js';
import type { PreparedSegment } from './prepare.js';

/** The tunable limits of one alignment run. */
export interface MatchSettings {
  threshold: number;
  /** Share of the smaller sentence's term weight that the larger must hold for a split or merge link. */
  containment: number;
  maxLinksPerArticle: number;
  maxClaimsPerSegment: number;
  /** The learned similarity below which no two sentences share a claim (the look-alike veto). */
  learnedFloor: number;
}

/** The best comparison of a segment with the exemplars of one cluster. */
export interface ClusterMatch {
  cluster: Cluster;
  stats: PairStats;
  exemplar: PreparedSegment;
}

/** The lexical score below which no rule links two sentences, so the learned score need not be computed. */
export function learnedGate(s: MatchSettings): number {
  return s.threshold * 0.6;
}

/** Compares a segment with each exemplar of a cluster and keeps the most similar. */
export function bestExemplar(p: PreparedSegment, cluster: Cluster, s: MatchSettings): ClusterMatch {
  let best: ClusterMatch | undefined;
  for (const exemplar of cluster.exemplars) {
    const stats = pairStats(p.ws, exemplar.ws, learnedGate(s));
    if (!best || stats.score > best.stats.score) best = { cluster, stats, exemplar };
  }
  return best!;
}

/** Extra similarity asked of a pair where one sentence holds clearly more than the other. */
export const PARTIAL_MARGIN = 0.15;

/**
 * True when two sentences say the same thing: similar enough and sharing at least two content terms. When one
 * mostly contains the other (a split or a merge) the bar is higher, because such a pair could bridge two claims.
 */
export function isCoreMatch(m: ClusterMatch, p: PreparedSegment, s: MatchSettings): boolean {
  if (m.stats.score < s.threshold || m.stats.sharedTerms < 2 || m.stats.learned < s.learnedFloor) return false;
  return !isShapedPartial(m, p) || m.stats.score >= s.threshold + PARTIAL_MARGIN;
}

/** True when one of the two sentences covers clearly less than the other. */
export function isShapedPartial(m: ClusterMatch, p: PreparedSegment): boolean {
  return isPartial(m.stats, p.ws.sum, m.exemplar.ws.sum);
}

/** True when the segment is mostly contained in the exemplar: one part of a claim an outlet split in two. */
export function isPartOf(m: ClusterMatch, p: PreparedSegment, s: MatchSettings): boolean {
  return p.ws.sum <= m.exemplar.ws.sum && m.stats.covA >= s.containment && m.stats.sharedTerms >= 2 && m.stats.score >= s.threshold * 0.6;
}

/** True when the exemplar is mostly contained in the segment: the outlet folded this claim into a longer sentence. */
export function contains(m: ClusterMatch, p: PreparedSegment, s: MatchSettings): boolean {
  return p.ws.sum > m.exemplar.ws.sum && m.stats.covB >= s.containment && m.stats.sharedTerms >= 2 && m.stats.score >= s.threshold * 0.6;
}

/** True when the cluster can take one more segment of this article. */
export function hasRoom(cluster: Cluster, articleId: string, limit: number): boolean {
  return (cluster.perArticle.get(articleId) ?? 0) < limit;
}
