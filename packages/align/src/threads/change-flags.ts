import type { ChangeFlag } from './types.js';
import type { SentenceFacts } from './sentence-facts.js';

function differs(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => !b.includes(x)) || b.some((x) => !a.includes(x));
}

/** How much firmer a wording is: intensifiers count up, softeners down. */
export function firmness(f: SentenceFacts): number {
  return f.intensifiers.length - f.softeners.length;
}

/**
 * What changed from the previous event's wording to this one. A hedge is added when the wording got softer
 * (a softener appeared or an intensifier went) and removed when it got firmer; a name is renamed when each side
 * has one the other lacks (one name replaced another, not just more detail); numbers changed when the lists
 * differ; attribution changed when a different agent states it ("the two sides" → "Pakistan").
 */
export function changeFlags(previous: SentenceFacts, current: SentenceFacts): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  const delta = firmness(current) - firmness(previous);
  if (delta < 0) flags.push('HEDGE_ADDED');
  else if (delta > 0) flags.push('HEDGE_REMOVED');
  // Swapping one intensifier for another ("firm" → "unwavering") keeps the force: no flag.
  // A name counts as gone only when the other wording lacks the word in any case or hyphenation.
  const lostName = previous.names.some((n) => !current.words.has(n));
  const newName = current.names.some((n) => !previous.words.has(n));
  if (lostName && newName) flags.push('ENTITY_RENAMED');
  if (differs(previous.numbers, current.numbers)) flags.push('NUMBER_CHANGED');
  if (previous.agent && current.agent && previous.agent !== current.agent) flags.push('ATTRIBUTION_CHANGED');
  return flags;
}
