import type { Relation } from '../types.js';
import { relationBetween } from './relation.js';

/** What a link's badge says: its relation to the text its diff is drawn against, or why it has none. */
export type ShownRelation =
  | { kind: 'only-here' }
  /** The text the row's diffs are drawn against; `standIn` when the base omits the claim and this outlet stands in. */
  | { kind: 'base'; standIn?: true }
  | { kind: 'relation'; relation: Relation; flags: string[]; measured: boolean };

/** The stored side of a link: what the aligner or a person last wrote. */
export interface StoredLink {
  relation: Relation;
  flags: string[];
  /** True when a person chose the relation; it is then shown as chosen. */
  relationByHuman?: boolean;
}

/** Where a sentence sits in the comparison, which decides what its relation is measured against. */
export interface ShownRelationContext {
  /** The row base's wording of the claim (what the diff is drawn against), or null when no outlet stands as base. */
  base: string | null;
  /** True for the row base's own sentences. */
  isBase: boolean;
  /** True when the row base is not the comparison's base but the outlet standing in for it (see rowBaseArticle). */
  standIn?: boolean;
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
  if (ctx.isBase) return ctx.standIn ? { kind: 'base', standIn: true } : { kind: 'base' };
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
 * The article a claim's row is diffed against: the comparison's base when it reports the claim, else the first
 * reporting article in column order, which stands in for it. Without a stand-in, a row the base omits would show
 * badges measured against a text that is nowhere on screen (a "Verbatim" next to a sentence that differs from all
 * the others).
 */
export function rowBaseArticle(reporting: ReadonlySet<string>, baseId: string | null, order: readonly string[]): string | null {
  if (baseId !== null && reporting.has(baseId)) return baseId;
  return order.find((id) => reporting.has(id)) ?? null;
}

/**
 * The shown relation of every link of a claim against its row base (see rowBaseArticle; `order` is the column
 * order), with the base wording built the way the grid builds it (the row base's linked sentences in article
 * order, joined by spaces).
 */
export function shownRelations<L extends StoredLink & { segmentId: string; articleId: string }>(
  claim: ShownClaimInput<L>,
  comparisonBaseId: string | null,
  segment: (id: string) => { text: string; index: number } | undefined,
  order: readonly string[] = [],
): Map<string, ShownRelation> {
  const outlets = new Set(claim.links.filter((l) => segment(l.segmentId)).map((l) => l.articleId));
  const baseId = rowBaseArticle(outlets, comparisonBaseId, order);
  const standIn = baseId !== comparisonBaseId;
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
    out.set(l.segmentId, shownRelation(l, s.text, { base, isBase: l.articleId === baseId, standIn, outletCount: outlets.size }));
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
