import type { AlignedClaim, ClaimLink } from '../types.js';
import type { Corpus } from '../text/corpus.js';
import type { SentenceFeatures } from '../text/features.js';
import { labelFromFeatures, labelOptions } from '../label/label.js';
import { confidenceOf, relate } from '../relation/relation.js';
import { diffFlags, scopeFor } from '../relation/flags.js';
import type { Cluster, Member } from './clusters.js';
import type { PreparedSegment } from './prepare.js';
import { claimIdOf } from './hash.js';

/** A finished claim before positions are assigned, with the key it is ordered by. */
interface DraftClaim {
  claim: AlignedClaim;
  sortKey: number;
  /** Label candidates, best first. */
  labels: string[];
  /** Orders single-outlet groups: the pivot's first, then by article id. */
  groupKey: string;
}

/** Turns the live clusters into claims: reference, relations and flags per link, a label, an id and a position. */
export function assembleClaims(clusters: readonly Cluster[], corpus: Corpus): AlignedClaim[] {
  const drafts = clusters.filter((c) => !c.dead).map((c) => draftClaim(c, corpus));
  drafts.sort(readingOrder);
  return uniqueLabels(
    drafts.map((d, position) => ({ ...d.claim, position })),
    drafts.map((d) => d.labels),
  );
}

/**
 * Claims two or more outlets make come first, in pivot order (else by mean relative position); then what one
 * outlet alone says, grouped per article (pivot first, then by id: never by input order) in that article's order.
 */
function readingOrder(a: DraftClaim, b: DraftClaim): number {
  const sa = singleArticle(a.claim);
  const sb = singleArticle(b.claim);
  if ((sa === null) !== (sb === null)) return sa === null ? -1 : 1;
  if (sa !== null && sb !== null && sa !== sb) return a.groupKey < b.groupKey ? -1 : 1;
  return a.sortKey - b.sortKey || (a.claim.id < b.claim.id ? -1 : 1);
}

function singleArticle(claim: AlignedClaim): string | null {
  const first = claim.links[0]?.articleId ?? null;
  return claim.links.every((l) => l.articleId === first) ? first : null;
}

/**
 * Gives every claim a label no other claim has: shared claims (which a reader meets first) choose first, each
 * taking its best option still free; when all are taken, the best is numbered ("Gwadar Port (2)").
 */
function uniqueLabels(claims: AlignedClaim[], options: string[][]): AlignedClaim[] {
  const used = new Set<string>();
  const order = claims.map((c, i) => i).sort((a, b) => articlesOf(claims[b]!) - articlesOf(claims[a]!) || a - b);
  const labels: string[] = [];
  for (const i of order) {
    const mine = options[i]!.length ? options[i]! : [claims[i]!.label];
    let label = mine.find((l) => !used.has(l.toLowerCase()));
    for (let n = 2; label === undefined; n++) if (!used.has(`${mine[0]} (${n})`.toLowerCase())) label = `${mine[0]} (${n})`;
    used.add(label.toLowerCase());
    labels[i] = label;
  }
  return claims.map((c, i) => ({ ...c, label: labels[i]! }));
}

function articlesOf(claim: AlignedClaim): number {
  return new Set(claim.links.map((l) => l.articleId)).size;
}

function draftClaim(cluster: Cluster, corpus: Corpus): DraftClaim {
  const reference = referenceOf(cluster);
  const members = [...cluster.members].sort(
    (a, b) => (a.p.seg.articleId < b.p.seg.articleId ? -1 : a.p.seg.articleId > b.p.seg.articleId ? 1 : 0) || a.p.seg.index - b.p.seg.index,
  );
  const links = members.map((m) => linkOf(m, reference, reference === m.p));
  const texts = uniqueFeatures(cluster.members);
  const labels = labelOptions(texts, corpus);
  return {
    labels,
    claim: {
      id: claimIdOf(cluster.members.map((m) => m.p.seg.id)),
      label: labels[0] ?? labelFromFeatures(texts, corpus),
      position: 0,
      links,
      referenceSegmentId: reference.seg.id,
    },
    sortKey: cluster.seed.pivot ? cluster.seed.relPos : meanPosition(cluster.members),
    groupKey: `${cluster.seed.pivot ? 0 : 1}${cluster.seed.seg.articleId}`,
  };
}

/**
 * The segment a claim's relations are measured against: the pivot's when there is one; otherwise the wording
 * most outlets carry word for word (so that copies of one wire story read as VERBATIM to each other), else the
 * seed, the most typical phrasing. Split and folded sentences never serve, since they hold more or less.
 */
function referenceOf(cluster: Cluster): PreparedSegment {
  if (cluster.seed.pivot) return cluster.seed;
  const count = new Map<string, number>();
  let best = cluster.seed;
  let bestCount = 1;
  for (const m of cluster.members) {
    if (m.mode === 'part' || m.mode === 'container') continue;
    const n = (count.get(m.p.seg.text) ?? 0) + 1;
    count.set(m.p.seg.text, n);
    if (n > bestCount) [best, bestCount] = [m.p, n];
  }
  return count.get(cluster.seed.seg.text) === bestCount ? cluster.seed : best;
}

function linkOf(m: Member, reference: PreparedSegment, isReference: boolean): ClaimLink {
  const { seg } = m.p;
  if (isReference) {
    return { segmentId: seg.id, articleId: seg.articleId, relation: 'VERBATIM', flags: [], confidence: 1, reference: true };
  }
  const rel = relate(reference.ws, m.p.ws);
  // A split or folded sentence was linked because one holds the other; say so unless it contradicts.
  const partial = (m.mode === 'part' || m.mode === 'container') && rel.relation !== 'CONTRADICTS';
  const relation = partial ? 'PARTIAL' : rel.relation;
  const flags =
    relation === rel.relation ? rel.flags : diffFlags(reference.ws.f, m.p.ws.f, scopeFor(relation, reference.ws.sum >= m.p.ws.sum));
  const confidence = relation === 'VERBATIM' ? rel.confidence : Math.round(confidenceOf(m.score) * 100) / 100;
  return { segmentId: seg.id, articleId: seg.articleId, relation, flags, confidence };
}

function meanPosition(members: readonly Member[]): number {
  return members.reduce((sum, m) => sum + m.p.relPos, 0) / members.length;
}

// Labels read at most a few dozen distinct sentences; wire copy repeated by many outlets counts once.
function uniqueFeatures(members: readonly Member[]): SentenceFeatures[] {
  const seen = new Set<string>();
  const out: SentenceFeatures[] = [];
  for (const m of members) {
    if (seen.has(m.p.seg.text)) continue;
    seen.add(m.p.seg.text);
    out.push(m.p.ws.f);
    if (out.length >= 40) break;
  }
  return out;
}
