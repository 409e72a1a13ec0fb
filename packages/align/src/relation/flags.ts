import type { DiffFlag, Relation } from '../types.js';
import { matchEntities, sameReferent, type Entity } from '../text/entities.js';
import type { SentenceFeatures } from '../text/features.js';

/**
 * Which side's extra items to disregard. For a PARTIAL link the larger sentence says more than the smaller by
 * definition, so numbers, names or quotes that only it carries belong to the part the other does not cover.
 */
export interface FlagScope {
  ignoreExtraInBase: boolean;
  ignoreExtraInOther: boolean;
}

/** Lists what differs between a sentence and its reference: numbers, names, quotation, attribution and force. */
export function diffFlags(base: SentenceFeatures, other: SentenceFeatures, scope: FlagScope): DiffFlag[] {
  const flags: DiffFlag[] = [];
  const differ = (a: string[], b: string[]): boolean => itemsDiffer(a, b, scope);
  if (differ(base.numbers, other.numbers)) flags.push('NUMBER');
  if (entitiesDiffer(base.entities, other.entities, scope)) flags.push('ENTITY');
  if (
    differ(
      base.quotes.map((q) => q.norm),
      other.quotes.map((q) => q.norm),
    )
  )
    flags.push('QUOTE');
  if (differ(base.attribution, other.attribution)) flags.push('ATTRIBUTION');
  if (differ(base.hedges, other.hedges)) flags.push('HEDGE');
  return flags;
}

function itemsDiffer(a: string[], b: string[], scope: FlagScope): boolean {
  const extraA = a.some((x) => !b.includes(x));
  const extraB = b.some((x) => !a.includes(x));
  return (extraA && !scope.ignoreExtraInBase) || (extraB && !scope.ignoreExtraInOther);
}

// Another name for the same place is always a difference; otherwise names differ only when each side has one the
// other lacks (a substitution such as "Beijing" for "China"), since an extra name alone is just more detail.
function entitiesDiffer(a: Entity[], b: Entity[], scope: FlagScope): boolean {
  if (a.some((x) => b.some((y) => matchEntities(x, y) === 'alias'))) return true;
  const unmatchedA = a.some((x) => !b.some((y) => sameReferent(x, y)));
  const unmatchedB = b.some((y) => !a.some((x) => sameReferent(x, y)));
  return unmatchedA && unmatchedB && !scope.ignoreExtraInBase && !scope.ignoreExtraInOther;
}

/** True when one sentence negates or reverses what the other asserts (a negation or an antonym on one side only). */
export function polarityConflict(a: SentenceFeatures, b: SentenceFeatures, antonyms: readonly [string, string][]): boolean {
  if (a.negations % 2 !== b.negations % 2) return true;
  return antonyms.some(([x, y]) => {
    const ab = a.polarStems.has(x) && b.polarStems.has(y) && !a.polarStems.has(y) && !b.polarStems.has(x);
    const ba = a.polarStems.has(y) && b.polarStems.has(x) && !a.polarStems.has(x) && !b.polarStems.has(y);
    return ab || ba;
  });
}

/** The relation a flag scope applies to: only PARTIAL links disregard the larger side's extras. */
export function scopeFor(relation: Relation, baseIsLarger: boolean): FlagScope {
  const partial = relation === 'PARTIAL';
  return { ignoreExtraInBase: partial && baseIsLarger, ignoreExtraInOther: partial && !baseIsLarger };
}
