import type { BylineLine } from '../meta/byline.js';
import { drop, type Extracted, type Item } from './item.js';

/**
 * Records a byline/date line: the first byline and the first date win (headers come first), and the line
 * is dropped as 'byline' or 'date'.
 */
export function noteByline(it: Item, by: BylineLine, out: Extracted): void {
  if (by.byline !== null) out.byline ??= by.byline;
  if (by.date !== null) out.date ??= by.date;
  if (by.byline !== null) drop(it, 'byline', 'the author or desk credit');
  else drop(it, 'date', by.date === null ? 'a relative time stamp' : 'the publication date line');
}

/** Records an agency credit line ("Source: Reuters") and drops it as 'wire-credit'. */
export function noteCredit(it: Item, credit: string, out: Extracted): void {
  if (!out.wireCredits.includes(credit)) out.wireCredits.push(credit);
  drop(it, 'wire-credit', `credits the story to ${credit}`);
}
