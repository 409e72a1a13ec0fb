import { ClusterIndex, addMember, newCluster, type Cluster } from './clusters.js';
import { bestExemplar, isCoreMatch, isShapedPartial, type ClusterMatch, type MatchSettings } from './matching.js';
import type { PreparedSegment } from './prepare.js';

// A member whose wording is this far from every exemplar becomes one itself, so that later outlets using the same
// wording find the claim; the cap keeps comparisons per segment bounded.
const NOVELTY = 0.75;
const MAX_EXEMPLARS = 4;

/**
 * First pass: leader clustering in canonical order. Each segment joins the most similar existing claim that has
 * no segment of its article yet and says the same thing at the same extent; otherwise it seeds a new claim.
 * Pivot segments come first and each seeds its own claim.
 */
export function corePass(ordered: readonly PreparedSegment[], settings: MatchSettings): { clusters: Cluster[]; index: ClusterIndex } {
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  for (const p of ordered) {
    const match = p.pivot ? undefined : bestCoreMatch(p, clusters, index, settings);
    if (match) {
      addMember(match.cluster, { p, mode: 'core', score: match.stats.score });
      // A sentence that holds more (or less) than the claim would let the next one drift to another claim.
      if (!isShapedPartial(match, p)) maybeAddExemplar(match, p, index);
    } else {
      const cluster = newCluster(clusters.length, p);
      clusters.push(cluster);
      index.add(cluster, p);
    }
  }
  return { clusters, index };
}

function bestCoreMatch(p: PreparedSegment, clusters: Cluster[], index: ClusterIndex, s: MatchSettings): ClusterMatch | undefined {
  let best: ClusterMatch | undefined;
  for (const id of index.candidates(p)) {
    const cluster = clusters[id]!;
    if (cluster.perArticle.has(p.seg.articleId)) continue;
    const m = bestExemplar(p, cluster, s);
    if (isCoreMatch(m, p, s) && (!best || m.stats.score > best.stats.score)) best = m;
  }
  return best;
}

function maybeAddExemplar(match: ClusterMatch, p: PreparedSegment, index: ClusterIndex): void {
  const { cluster, stats } = match;
  if (cluster.exemplars.length >= MAX_EXEMPLARS || stats.score >= NOVELTY) return;
  cluster.exemplars.push(p);
  index.add(cluster, p);
}
