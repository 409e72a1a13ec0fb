import { creditLine } from '../meta/wire.js';
import { bylineOf, drop, keep, type Extracted, type Item } from './item.js';
import { noteByline, noteCredit } from './notes.js';

/**
 * Classifies the units between the first and last body paragraph: prose stays; boilerplate, captions,
 * credits, related lists and links to other stories go; short label-like lines become subheadings.
 */
export function classifyMiddle(items: Item[], start: number, end: number, out: Extracted): void {
  for (let i = start; i <= end; i += 1) {
    const it = items[i];
    if (it.role !== null) continue;
    if (it.unit.outside !== undefined) drop(it, it.unit.outside.reason, it.unit.outside.detail);
    else if (it.boiler !== null) drop(it, it.boiler.reason, it.boiler.detail);
    else if (it.caption !== null) drop(it, 'caption', `looks like a photo caption: ${it.caption}`);
    else if (it.related) drop(it, 'related-stories', 'listed under a related-stories heading');
    // The unit that anchors the body is body even when it lacks a full stop (a one-paragraph paste).
    else if (it.prose || i === start || it.cutShort) keep(it);
    else classifyNonProse(items, i, out);
  }
}

function classifyNonProse(items: Item[], i: number, out: Extracted): void {
  const it = items[i];
  const credit = creditLine(it.unit.text);
  if (credit !== null) return noteCredit(it, credit, out, 'body');
  if (it.f.key === out.headlineKey) return drop(it, 'repeated-headline', 'repeats the headline');
  const by = it.f.words <= 12 ? bylineOf(it) : null;
  if (by !== null && (by.byline !== null || by.date !== null)) return noteByline(it, by, out, 'body');
  if (it.unit.hint === 'heading' || (it.f.endsColon && it.f.words <= 10)) {
    return drop(it, 'subheading', 'a heading inside the article');
  }
  // Bullet points of the article read like clauses ("• the two sides agreed to …"), not like labels.
  if ((it.f.bullet || it.unit.hint === 'list-item') && it.f.words >= 5 && it.f.functionWords >= 1) return keep(it);
  // A long paragraph that only lacks its full stop, between two paragraphs, is still body.
  if (it.f.words >= 15 && it.f.functionWords >= 3 && items[i - 1]?.prose && items[i + 1]?.prose) return keep(it);
  if (it.f.words >= 9 || (it.f.verbCue && it.f.words >= 5)) {
    return drop(it, 'cross-link', 'a headline of another story inserted in the body');
  }
  if (it.f.words <= 8 && !it.f.terminal) return drop(it, 'subheading', 'a short heading between paragraphs');
  drop(it, 'not-prose', 'does not read as a sentence');
}
