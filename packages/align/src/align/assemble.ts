import type { AlignedClaim, ClaimLink } from '../types.js';
import type { Corpus } from '../text/corpus.js';
import type { SentenceFeatures } from '../text/features.js';
import { labelFromFeatures } from '../label/label.js';
import { confidenceOf, relate } from '../relation/relation.js';
import { diffFlags, scopeFor } from '../relation/flags.js';
import type { Cluster, Member } from './clusters.js';
import { claimIdOf } from './hash.js';

/** A finished claim before positions are assigned, with the key it is ordered by. */
interface DraftClaim {
  claim: AlignedClaim;
  sortKey: number;
}

/** Turns the live clusters into claims: reference, relations and flags per link, a label, an id and a position. */
export function assembleClaims(clusters: readonly Cluster[], corpus: Corpus): AlignedClaim[] {
  const drafts = clusters.filter((c) => !c.dead).map((c) => draftClaim(c, corpus));
  drafts.sort((a, b) => a.sortKey - b.sortKey || (a.claim.id < b.claim.id ? -1 : 1));
  return drafts.map((d, position) => ({ ...d.claim, position }));
}

function draftClaim(cluster: Cluster, corpus: Corpus): DraftClaim {
  const reference = cluster.seed;
  const members = [...cluster.members].sort(
    (a, b) => (a.p.seg.articleId < b.p.seg.articleId ? -1 : a.p.seg.articleId > b.p.seg.articleId ? 1 : 0) || a.p.seg.index - b.p.seg.index,
  );
  const links = members.map((m) => linkOf(m, reference === m.p, cluster));
  const texts = uniqueFeatures(cluster.members);
  return {
    claim: {
      id: claimIdOf(cluster.members.map((m) => m.p.seg.id)),
      label: labelFromFeatures(texts, corpus),
      position: 0,
      links,
      referenceSegmentId: reference.seg.id,
    },
    sortKey: reference.pivot ? reference.relPos : meanPosition(cluster.members),
  };
}

function linkOf(m: Member, isReference: boolean, cluster: Cluster): ClaimLink {
  const { seg } = m.p;
  if (isReference) {
    return { segmentId: seg.id, articleId: seg.articleId, relation: 'VERBATIM', flags: [], confidence: 1, reference: true };
  }
  const rel = relate(cluster.seed.ws, m.p.ws);
  // A split or folded sentence was linked because one holds the other; say so unless it contradicts.
  const partial = (m.mode === 'part' || m.mode === 'container') && rel.relation !== 'CONTRADICTS';
  const relation = partial ? 'PARTIAL' : rel.relation;
  const flags = relation === rel.relation ? rel.flags : diffFlags(cluster.seed.ws.f, m.p.ws.f, scopeFor(relation, cluster.seed.ws.sum >= m.p.ws.sum));
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
