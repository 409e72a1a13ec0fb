import type { Relation } from '../types.js';
import { relationBetween } from './relation.js';

/** What a link's badge says: its relation to the text its diff is drawn against, or why it has none. */
export type ShownRelation =
  { kind: 'only-here' } | { kind: 'base' } | { kind: 'relation'; relation: Relation; flags: string[]; measured: boolean };

/** The stored side of a link: what the aligner or a person last wrote. */
export interface StoredLink {
  relation: Relation;
  flags: string[];
  /** True when a person chose the relation; it is then shown as chosen. */
  relationByHuman?: boolean;
}

/** Where a sentence sits in the comparison, which decides what its relation is measured against. */
export interface ShownRelationContext {
  /** The base outlet's wording of the claim (what the diff is drawn against), or null when the base omits it. */
  base: string | null;
  /** True for the base outlet's own sentences. */
  isBase: boolean;
  /** How many outlets report the claim. */
  outletCount: number;
}

// The same pairs are asked for on every render and every export; the cap bounds memory.
const MEASURED = new Map<string, { relation: Relation; flags: string[] }>();
const MAX_MEASURED = 5000;

/**
 * The relation to show for a link, so that a badge never contradicts the diff beside it: a claim one outlet
 * alone reports has no relation ("only here"); the base outlet's sentences are what the others are measured
 * against; a relation a person chose is shown as chosen; otherwise it is measured afresh against the base
 * wording (so a sentence moved, merged or split into another claim is re-evaluated), and the stored relation
 * stands only when the base omits the claim.
 */
export function shownRelation(link: StoredLink, text: string, ctx: ShownRelationContext): ShownRelation {
  if (ctx.outletCount <= 1) return { kind: 'only-here' };
  if (ctx.isBase) return { kind: 'base' };
  if (link.relationByHuman || ctx.base === null) return { kind: 'relation', relation: link.relation, flags: link.flags, measured: false };
  const key = `${ctx.base}\u0000${text}`;
  let r = MEASURED.get(key);
  if (!r) {
    if (MEASURED.size >= MAX_MEASURED) MEASURED.clear();
    const { relation, flags } = relationBetween(ctx.base, text);
    MEASURED.set(key, (r = { relation, flags }));
  }
  return { kind: 'relation', relation: r.relation, flags: r.flags, measured: true };
}

/** A claim as the screen and the exports read it: links with their article, sentence and stored relation. */
export interface ShownClaimInput<L extends StoredLink & { segmentId: string; articleId: string }> {
  links: L[];
}

/**
 * The shown relation of every link of a claim against one base article, with the base wording built the way
 * the grid builds it (the base outlet's linked sentences in article order, joined by spaces).
 */
export function shownRelations<L extends StoredLink & { segmentId: string; articleId: string }>(
  claim: ShownClaimInput<L>,
  baseId: string | null,
  segment: (id: string) => { text: string; index: number } | undefined,
): Map<string, ShownRelation> {
  const outlets = new Set(claim.links.filter((l) => segment(l.segmentId)).map((l) => l.articleId));
  const baseLinks = claim.links.filter((l) => l.articleId === baseId && segment(l.segmentId));
  const base = baseLinks.length
    ? baseLinks
        .map((l) => segment(l.segmentId)!)
        .sort((a, b) => a.index - b.index)
        .map((s) => s.text)
        .join(' ')
    : null;
  const out = new Map<string, ShownRelation>();
  for (const l of claim.links) {
    const s = segment(l.segmentId);
    if (!s) continue;
    out.set(l.segmentId, shownRelation(l, s.text, { base, isBase: l.articleId === baseId, outletCount: outlets.size }));
  }
  return out;
}

/**
 * The relation a coverage cell shows for a link: the measured one, VERBATIM for the base itself (it is its own
 * wording), the stored one for a single-outlet claim (whose row coverage reports as unique anyway).
 */
export function coverageRelation(shown: ShownRelation | undefined, stored: Relation): Relation {
  if (!shown || shown.kind === 'only-here') return stored;
  return shown.kind === 'base' ? 'VERBATIM' : shown.relation;
}
