import type { ChangeFlag } from './types.js';
import type { SentenceFacts } from './sentence-facts.js';

function differs(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => !b.includes(x)) || b.some((x) => !a.includes(x));
}

/** How much firmer a wording is: intensifiers count up, softeners down. */
export function firmness(f: SentenceFacts): number {
  return f.intensifiers.length - f.softeners.length;
}

/** +1 for an intensifier, -1 for a softener, 0 for a plain qualifier: a swap across kinds is a hedge change. */
function force(word: string, f: SentenceFacts): number {
  return f.intensifiers.includes(word) ? 1 : f.softeners.includes(word) ? -1 : 0;
}

/**
 * True when a qualifier of one wording was replaced by another before the same word ("an inalienable part" →
 * "an inseparable part", "firm commitment" → "unwavering commitment"): neither qualifier is in the other
 * wording, and both have the same force (a firm word replaced by a soft one is a hedge, flagged as such).
 */
export function qualifierReplaced(previous: SentenceFacts, current: SentenceFacts): boolean {
  return previous.qualifiers.some(([was, head]) =>
    current.qualifiers.some(
      ([now, h]) =>
        h === head && now !== was && !current.words.has(was) && !previous.words.has(now) && force(was, previous) === force(now, current),
    ),
  );
}

/**
 * What changed from the previous event's wording to this one. A hedge is added when the wording got softer
 * (a softener appeared or an intensifier went) and removed when it got firmer; a name is renamed when each side
 * has one the other lacks (one name replaced another, not just more detail); a qualifier changed when one
 * replaced another before the same word with the same force ("inalienable" → "inseparable"); numbers changed when the lists
 * differ; attribution changed when a different agent states it ("the two sides" → "Pakistan").
 */
export function changeFlags(previous: SentenceFacts, current: SentenceFacts): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  const delta = firmness(current) - firmness(previous);
  if (delta < 0) flags.push('HEDGE_ADDED');
  else if (delta > 0) flags.push('HEDGE_REMOVED');
  // Swapping one intensifier for another ("firm" → "unwavering") keeps the force: no hedge flag, but a qualifier
  // reworded ("inalienable" → "inseparable") is a change analysts read closely.
  if (qualifierReplaced(previous, current)) flags.push('QUALIFIER_CHANGED');
  // A name counts as gone only when the other wording lacks the word in any case or hyphenation.
  const lostName = previous.names.some((n) => !current.words.has(n));
  const newName = current.names.some((n) => !previous.words.has(n));
  if (lostName && newName) flags.push('ENTITY_RENAMED');
  if (differs(previous.numbers, current.numbers)) flags.push('NUMBER_CHANGED');
  if (previous.agent && current.agent && previous.agent !== current.agent) flags.push('ATTRIBUTION_CHANGED');
  return flags;
}
