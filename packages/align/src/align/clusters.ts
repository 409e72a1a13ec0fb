import type { PreparedSegment } from './prepare.js';

/** How a segment came to be in a claim. */
export type JoinMode = 'seed' | 'core' | 'repeat' | 'part' | 'container';

/** A segment's membership in a cluster and the score that earned it. */
export interface Member {
  p: PreparedSegment;
  mode: JoinMode;
  score: number;
}

/** A claim under construction. */
export interface Cluster {
  /** Creation rank; creation follows the canonical order, so it is a stable tie-breaker. */
  id: number;
  seed: PreparedSegment;
  members: Member[];
  /** Members that represent the claim's phrasings; new segments are compared with these only. */
  exemplars: PreparedSegment[];
  /** Links per article id. */
  perArticle: Map<string, number>;
  /** Set when the cluster's only segment moved into other claims; dead clusters are skipped everywhere. */
  dead?: boolean;
}

/** Creates a cluster seeded by one segment. */
export function newCluster(id: number, seed: PreparedSegment): Cluster {
  return { id, seed, members: [{ p: seed, mode: 'seed', score: 1 }], exemplars: [seed], perArticle: new Map([[seed.seg.articleId, 1]]) };
}

/** Adds a member to a cluster and counts it against its article's quota. */
export function addMember(cluster: Cluster, member: Member): void {
  cluster.members.push(member);
  const article = member.p.seg.articleId;
  cluster.perArticle.set(article, (cluster.perArticle.get(article) ?? 0) + 1);
}

/** How many distinct articles a cluster holds. */
export function articleCount(cluster: Cluster): number {
  return cluster.perArticle.size;
}

// Each exemplar is indexed by its rarest terms; very common terms stop taking postings once their list is full,
// which bounds lookup cost (most clusters that use such a term were created early, being the typical ones).
const KEYS_PER_EXEMPLAR = 8;
const MAX_POSTINGS = 160;
const KEYS_PER_LOOKUP = 10;
const CANDIDATES_PER_LOOKUP = 8;

/** An inverted index from rare term keys to the clusters whose exemplars use them. */
export class ClusterIndex {
  private readonly postings = new Map<string, number[]>();

  /** Indexes an exemplar of a cluster. */
  add(cluster: Cluster, exemplar: PreparedSegment): void {
    for (const key of exemplar.rareKeys.slice(0, KEYS_PER_EXEMPLAR)) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      if (list.length < MAX_POSTINGS && !list.includes(cluster.id)) list.push(cluster.id);
    }
  }

  /**
   * The ids of the clusters most likely to hold a segment, best first (by shared rare-term weight, then id).
   * Clusters that share less than a quarter of the best one's weight are dropped: they cannot win.
   */
  candidates(p: PreparedSegment): number[] {
    const score = new Map<number, number>();
    for (const key of p.rareKeys.slice(0, KEYS_PER_LOOKUP)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const w = p.ws.w.get(key)!;
      for (const id of list) score.set(id, (score.get(id) ?? 0) + w);
    }
    const top: [number, number][] = [];
    for (const entry of score) insertTop(top, entry, CANDIDATES_PER_LOOKUP);
    const floor = (top[0]?.[1] ?? 0) * MIN_SHARE_OF_BEST;
    return top.filter(([, s]) => s >= floor).map(([id]) => id);
  }
}

const MIN_SHARE_OF_BEST = 0.15;

/** Keeps `top` as the best `limit` entries by score (ties by smaller id), sorted, without sorting everything. */
function insertTop(top: [number, number][], entry: [number, number], limit: number): void {
  const better = (x: [number, number], y: [number, number]): boolean => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);
  if (top.length === limit && !better(entry, top[limit - 1]!)) return;
  let i = Math.min(top.length, limit - 1);
  top[i] = entry;
  while (i > 0 && better(top[i]!, top[i - 1]!)) {
    [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
    i--;
  }
}
