import type { SentenceFacts } from './sentence-facts.js';

/**
 * Negative evidence, as within a comparison: two sentences that name different numbers, dates or places are
 * about different things (look-alike events: "talks in Lahore on 3 March" vs "talks in Beijing on 5 May"), however
 * many other words they share. Only a near copy survives a clash, since a restated commitment whose figure
 * was updated ("trade of $23 billion" → "$25 billion") is still the same commitment, and the timeline flags it.
 */
export const NEAR_COPY = 0.75;

/** True when both sentences carry items of one kind and share none of them. */
function clash(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

/** The kinds of negative evidence between two sentences (empty when none). */
export function vetoesBetween(a: SentenceFacts, b: SentenceFacts): ('NUMBER' | 'DATE' | 'PLACE')[] {
  const out: ('NUMBER' | 'DATE' | 'PLACE')[] = [];
  if (clash(a.numbers, b.numbers)) out.push('NUMBER');
  if (clash(a.dates, b.dates)) out.push('DATE');
  if (clash(a.places, b.places)) out.push('PLACE');
  return out;
}

/** Applies the vetoes to a similarity score: a clash zeroes it unless the sentences are near copies. */
export function vetoedScore(score: number, a: SentenceFacts, b: SentenceFacts): number {
  return score < NEAR_COPY && vetoesBetween(a, b).length > 0 ? 0 : score;
}
