import { relationBetween } from '@parallax/align';
import type { LinkView, Relation } from '@parallax/doc';

/** What a sentence's badge says: its relation to the text its diff is drawn against, or why it has none. */
export type ShownRelation =
  | { kind: 'only-here' }
  | { kind: 'base' }
  | { kind: 'relation'; relation: Relation; flags: string[]; measured: boolean };

/** Where a sentence sits in the grid, which decides what its relation is measured against. */
export interface ShownRelationContext {
  /** The base column's text for this claim (what the diff is drawn against), or null when the base omits it. */
  base: string | null;
  isBase: boolean;
  /** How many outlets report the claim. */
  outletCount: number;
}

// Relations are re-measured as chips render; the grid is virtualised, but the same pairs recur on every update.
const MEASURED = new Map<string, { relation: Relation; flags: string[] }>();
const MAX_MEASURED = 5000;

/**
 * The relation a chip shows, so that the badge never contradicts the diff beside it: a claim one outlet alone
 * reports has no relation ("only here"); the base column is what others are measured against; a relation a
 * person chose is shown as chosen; otherwise it is measured afresh against the base text (so a sentence moved,
 * merged or split into another claim is re-evaluated), falling back to the stored one when the base omits the claim.
 */
export function shownRelation(link: LinkView, text: string, ctx: ShownRelationContext): ShownRelation {
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
