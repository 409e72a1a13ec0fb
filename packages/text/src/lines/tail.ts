import { brandOf } from '../meta/outlet.js';
import { creditLine } from '../meta/wire.js';
import type { DropReason } from '../types.js';
import { isClosingCredit, PRINT_CREDIT } from './vocabulary.js';
import { bylineOf, siteMetaOf, drop, type Extracted, type Item } from './item.js';
import { noteByline, noteCredit, noteDate } from './notes.js';
import { pickPublishedDate } from '../meta/dates.js';
import { isPersonName } from '../meta/names.js';

const REPORTING_CREDIT = /^(?:\(?\s*)?(?:reporting|writing|editing|additional reporting|compiled|edited|written)\s+by\b/i;
const COPYRIGHT = /(?:©|\(c\)|copyright|all rights reserved)/i;

/**
 * Classifies everything after the last body paragraph: credits, bylines, disclaimers and brand lines
 * (which may name the outlet), tags, related lists, widgets and promos. Nothing here is body.
 */
export function classifyTail(items: Item[], from: number, out: Extracted): void {
  // After a "Related" heading lines are list entries; after a comment widget or wire credits, page furniture.
  let list: DropReason | undefined;
  for (let i = from; i < items.length; i += 1) {
    const it = items[i];
    if (it.role !== null) continue;
    if (it.boiler?.marker !== undefined) list = listReason(it.boiler.marker, it.boiler.reason);
    const text = it.unit.text;
    if (PRINT_CREDIT.test(text)) {
      printCredit(it, out);
    } else if (it.boiler !== null) {
      if (it.boiler.reason === 'footer') out.footerLines.push(text);
      drop(it, it.boiler.reason, it.boiler.detail);
    } else if (it.caption !== null) {
      drop(it, 'caption', `looks like a photo caption: ${it.caption}`);
    } else {
      classifyTailLine(it, out, it.related === true ? 'related-stories' : list, i === from, i === items.length - 1);
    }
  }
}

function listReason(marker: 'soft' | 'hard', reason: DropReason): DropReason {
  if (marker === 'soft') return 'related-stories';
  return reason === 'comment-widget' ? 'comment-widget' : 'footer';
}

function classifyTailLine(it: Item, out: Extracted, list: DropReason | undefined, first: boolean, last: boolean): void {
  const text = it.unit.text;
  const credit = creditLine(text);
  if (credit !== null) return noteCredit(it, credit, out, 'tail');
  if (REPORTING_CREDIT.test(text) || isClosingCredit(text)) return drop(it, 'byline', 'credits for the reporting or an author note');
  if (siteMetaOf(it) >= 2 || COPYRIGHT.test(text) || (it.f.terminal && it.f.words >= 8 && isSiteTalk(text))) {
    out.footerLines.push(text);
    return drop(it, 'footer', 'a site disclaimer or copyright notice');
  }
  const brand = brandOf(text, it.f.words);
  if (brand !== null) {
    out.brandLines.push(brand);
    return drop(it, 'brand', 'the outlet name printed below the article');
  }
  const by = it.f.words <= 12 ? bylineOf(it) : null;
  if (by !== null && (by.byline !== null || by.date !== null)) return noteByline(it, by, out, 'tail');
  if (last && list === undefined && out.byline === null && isBareName(it)) {
    out.byline = text;
    return drop(it, 'byline', "the reporter's name on its own line below the article");
  }
  if (list === 'comment-widget') return drop(it, 'comment-widget', 'part of the comment section');
  if (list === 'related-stories') return drop(it, 'related-stories', 'listed under a related-stories heading');
  if (list !== undefined) return drop(it, 'footer', 'below the closing credits of the article');
  if (!it.f.verbCue && it.f.words <= 6 && !it.f.terminal) {
    return drop(it, 'tags', first ? 'a tag list closing the article' : 'a short label below the article');
  }
  if (it.f.words >= 5 && !it.f.terminal) return drop(it, 'related-stories', 'a headline of another story');
  drop(it, 'footer', 'below the last paragraph of the article');
}

// "Published in Dawn, February 4th, 2025": the print edition names the outlet and dates the story.
function printCredit(it: Item, out: Extracted): void {
  const date = pickPublishedDate(it.unit.text);
  if (date !== null) noteDate(it, date, 'print-credit', out);
  out.footerLines.push(it.unit.text);
  drop(it, 'footer', 'the print edition credit');
}

// "Sharif Amiry" alone after the last paragraph: two or three capitalised words that read as a person.
function isBareName(it: Item): boolean {
  const text = it.unit.text.trim();
  return (
    it.unit.hint !== 'heading' &&
    it.f.words >= 2 &&
    it.f.words <= 3 &&
    /^[\p{Lu}][\p{Ll}'’-]+(?:\s[\p{Lu}][\p{Ll}'’-]+){1,2}$/u.test(text) &&
    isPersonName(text)
  );
}

function isSiteTalk(text: string): boolean {
  return /\b(?:this (?:article|story|report) (?:was|has been|is)|our (?:website|app|newsletter)|the views expressed)\b/i.test(text);
}
