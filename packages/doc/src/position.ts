import { DocOperationError } from './errors.js';
import { CLAIM } from './keys.js';
import { asRecord, requireClaim, setIfChanged, type RecordMap, type Roots } from './roots.js';
import { assertId, assertPosition } from './validate.js';

/**
 * Where to put a claim: at an index of the order (the claim itself excluded), between two claims
 * (null meaning the start or the end), or at an explicit fractional position.
 */
export type ClaimPlacement = { index: number } | { between: [previousId: string | null, nextId: string | null] } | { position: number };

/** A claim with its sort key, as used for ordering. */
export interface OrderedClaim {
  id: string;
  position: number;
  map: RecordMap;
}

/**
 * Returns the claims in display order: by position, ties broken by id. Two peers that concurrently move
 * claims into the same gap pick the same midpoint; the id tie-break keeps their order identical everywhere.
 */
export function orderedClaims(r: Roots, excludeId?: string): OrderedClaim[] {
  const out: OrderedClaim[] = [];
  r.claims.forEach((value, id) => {
    const map = asRecord(value);
    if (!map || id === excludeId) return;
    const p = map.get(CLAIM.position);
    out.push({ id, position: typeof p === 'number' && Number.isFinite(p) ? p : 0, map });
  });
  return out.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Returns a position strictly between two neighbours (null meaning no neighbour on that side), or null
 * when doubles leave no room between them. Reordering by writing a single fractional position means a
 * move touches one field of one claim, so concurrent moves of different claims never conflict.
 */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return 0;
  if (before === null) return (after as number) - 1;
  if (after === null) return before + 1;
  const mid = before + (after - before) / 2;
  return mid > before && mid < after ? mid : null;
}

function neighboursAt(order: OrderedClaim[], placement: ClaimPlacement): [number, number] {
  if ('index' in placement) {
    const { index } = placement;
    if (!Number.isInteger(index) || index < 0 || index > order.length) {
      throw new DocOperationError('INVALID_ARGUMENT', `index must be an integer in 0..${order.length}`);
    }
    return [index - 1, index];
  }
  const [prevId, nextId] = (placement as { between: [string | null, string | null] }).between;
  const find = (id: string | null, name: string): number => {
    if (id === null) return -1;
    assertId(id, name);
    const at = order.findIndex((c) => c.id === id);
    if (at === -1) throw new DocOperationError('CLAIM_NOT_FOUND', `${name} ${id} is not another existing claim`);
    return at;
  };
  const prev = find(prevId, 'previousId');
  const next = nextId === null ? order.length : find(nextId, 'nextId');
  if (next <= prev) throw new DocOperationError('INVALID_ARGUMENT', 'previousId must come before nextId');
  return [prev, next];
}

/** Renumbers the claims 0..n-1 in their current order, making room between every pair. */
function rebalance(order: OrderedClaim[]): void {
  order.forEach((c, i) => {
    setIfChanged(c.map, CLAIM.position, i);
    c.position = i;
  });
}

/**
 * Validates the placement and returns the position it denotes among the claims other than `excludeId`.
 * Must run inside the caller's transaction: when neighbours are too close it renumbers every claim first
 * (only after validation, since a transaction cannot be rolled back).
 */
export function resolvePlacement(r: Roots, placement: ClaimPlacement, excludeId?: string): number {
  if (typeof placement !== 'object' || placement === null) {
    throw new DocOperationError('INVALID_ARGUMENT', 'placement must be { index }, { between } or { position }');
  }
  if ('position' in placement) {
    assertPosition(placement.position);
    return placement.position;
  }
  if (!('index' in placement) && !Array.isArray((placement as { between?: unknown }).between)) {
    throw new DocOperationError('INVALID_ARGUMENT', 'placement must be { index }, { between } or { position }');
  }
  if (excludeId !== undefined) requireClaim(r, excludeId);
  const order = orderedClaims(r, excludeId);
  const [prev, next] = neighboursAt(order, placement);
  const at = (i: number): number | null => order[i]?.position ?? null;
  const position = positionBetween(at(prev), at(next));
  if (position !== null) return position;
  rebalance(order);
  return positionBetween(at(prev), at(next)) as number;
}

/** Returns the position just after the last claim (or 0 for the first claim). */
export function positionAtEnd(r: Roots): number {
  const order = orderedClaims(r);
  return positionBetween(order.at(-1)?.position ?? null, null) as number;
}
