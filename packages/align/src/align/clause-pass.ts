import type { Corpus } from '../text/corpus.js';
import { sentenceFeatures } from '../text/features.js';
import { clauseSpans } from '../clauses/clauses.js';
import { pairStats, type PairStats } from '../similarity/pair-stats.js';
import { weighSentence } from '../similarity/weighted.js';
import { addMember, type Cluster, type ClusterIndex } from './clusters.js';
import { hasRoom, learnedGate, type MatchSettings } from './matching.js';
import type { PreparedSegment } from './prepare.js';

const MIN_TERMS_FOR_CLAUSES = 10;

/** A clause of a segment that matched another claim's reference. */
interface ClauseMatch {
  cluster: Cluster;
  stats: PairStats;
}

/**
 * Third pass, at clause grain: a long sentence holding several commitments joins, as PARTIAL, each further claim
 * one of its clauses makes (up to `maxClaimsPerSegment` claims in all). Each clause is checked against the
 * claim's reference sentence (its seed), never against another member, so no claim grows by chaining through a
 * weak middle link; and only claims with no sentence of this article yet, so one article cannot merge its own
 * neighbouring sentences.
 */
export function clausePass(
  ordered: readonly PreparedSegment[],
  clusters: Cluster[],
  index: ClusterIndex,
  s: MatchSettings,
  corpus: Corpus,
): void {
  const claimsOf = new Map<PreparedSegment, number>();
  for (const c of clusters) if (!c.dead) for (const m of c.members) claimsOf.set(m.p, (claimsOf.get(m.p) ?? 0) + 1);
  for (const p of ordered) {
    // Only long sentences hold several commitments; short ones are matched whole by the earlier passes.
    if (p.pivot || p.ws.w.size < MIN_TERMS_FOR_CLAUSES) continue;
    const room = s.maxClaimsPerSegment - (claimsOf.get(p) ?? 0);
    if (room <= 0) continue;
    for (const match of clauseMatches(p, clusters, index, s, corpus).slice(0, room)) {
      addMember(match.cluster, { p, mode: 'container', score: match.stats.score });
      claimsOf.set(p, (claimsOf.get(p) ?? 0) + 1);
    }
  }
}

function clauseMatches(p: PreparedSegment, clusters: Cluster[], index: ClusterIndex, s: MatchSettings, corpus: Corpus): ClauseMatch[] {
  const best = new Map<Cluster, ClauseMatch>();
  for (const span of clauseSpans(p.seg.text, p.ws.f.tokens)) {
    const ws = weighSentence(sentenceFeatures(span.text), corpus, p.seg.articleId);
    const rareKeys = [...ws.w].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
    for (const id of index.candidates({ ...p, ws, rareKeys })) {
      const cluster = clusters[id]!;
      if (cluster.dead || cluster.perArticle.has(p.seg.articleId) || !hasRoom(cluster, p.seg.articleId, s.maxLinksPerArticle)) continue;
      const stats = pairStats(ws, cluster.seed.ws, learnedGate(s));
      if (!isClauseMatch(stats, s)) continue;
      const known = best.get(cluster);
      if (!known || stats.score > known.stats.score) best.set(cluster, { cluster, stats });
    }
  }
  return [...best.values()].sort((a, b) => b.stats.score - a.stats.score || a.cluster.id - b.cluster.id);
}

// A clause must say the claim, not merely touch it: three shared content terms, and the learned score must
// agree clearly (a clause is one of several chances the sentence gets). Expressed in the learned score's units:
// re-check it after refitting the model (0.58 for the fit with the article-level clash).
const CLAUSE_LEARNED = 0.58;

function isClauseMatch(stats: PairStats, s: MatchSettings): boolean {
  if (stats.score < s.threshold || stats.sharedTerms < 3 || stats.learned < s.learnedFloor) return false;
  // Either the learned score agrees clearly, or the wording is close enough to need no second opinion.
  return stats.learned >= CLAUSE_LEARNED || stats.score >= CLOSE_WORDING;
}

const CLOSE_WORDING = 0.6;
