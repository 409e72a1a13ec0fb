import { brandOf } from '../meta/outlet.js';
import { creditLine } from '../meta/wire.js';
import { bylineOf, drop, type Extracted, type Item } from './item.js';
import { noteByline, noteCredit } from './notes.js';

const REPORTING_CREDIT = /^(?:\(?\s*)?(?:reporting|writing|editing|additional reporting|compiled|edited|written)\s+by\b/i;
const COPYRIGHT = /(?:©|\(c\)|copyright|all rights reserved)/i;

/**
 * Classifies everything after the last body paragraph: credits, bylines, disclaimers and brand lines
 * (which may name the outlet), tags, related lists, widgets and promos. Nothing here is body.
 */
export function classifyTail(items: Item[], from: number, out: Extracted): void {
  let marker = false;
  for (let i = from; i < items.length; i += 1) {
    const it = items[i];
    if (it.role !== null) continue;
    marker ||= it.boiler?.marker !== undefined;
    const text = it.unit.text;
    if (it.boiler !== null) {
      if (it.boiler.reason === 'footer') out.footerLines.push(text);
      drop(it, it.boiler.reason, it.boiler.detail);
    } else if (it.caption !== null) {
      drop(it, 'caption', `looks like a photo caption: ${it.caption}`);
    } else {
      classifyTailLine(it, out, marker || it.related === true, i === from);
    }
  }
}

function classifyTailLine(it: Item, out: Extracted, inList: boolean, first: boolean): void {
  const text = it.unit.text;
  const credit = creditLine(text);
  if (credit !== null) return noteCredit(it, credit, out);
  if (REPORTING_CREDIT.test(text)) return drop(it, 'byline', 'reporting and editing credits');
  if (it.siteMeta >= 2 || COPYRIGHT.test(text) || (it.f.terminal && it.f.words >= 8 && isSiteTalk(text))) {
    out.footerLines.push(text);
    return drop(it, 'footer', 'a site disclaimer or copyright notice');
  }
  const brand = brandOf(text, it.f.words);
  if (brand !== null) {
    out.brandLines.push(brand);
    return drop(it, 'brand', 'the outlet name printed below the article');
  }
  const by = it.f.words <= 12 ? bylineOf(it) : null;
  if (by !== null && (by.byline !== null || by.date !== null)) return noteByline(it, by, out);
  if (inList) return drop(it, 'related-stories', 'listed under a related-stories heading');
  if (!it.f.verbCue && it.f.words <= 6 && !it.f.terminal) {
    return drop(it, 'tags', first ? 'a tag list closing the article' : 'a short label below the article');
  }
  if (it.f.words >= 5 && !it.f.terminal) return drop(it, 'related-stories', 'a headline of another story');
  drop(it, 'footer', 'below the last paragraph of the article');
}

function isSiteTalk(text: string): boolean {
  return /\b(?:this (?:article|story|report) (?:was|has been|is)|our (?:website|app|newsletter)|the views expressed)\b/i.test(text);
}
