import { ImportError } from '../errors.js';

/** Browsers' HTML parsers stop nesting elements at 512 levels; deeper pages are built to hurt parsers. */
export const MAX_HTML_DEPTH = 512;
/** Real article pages have a few thousand elements; 40,000 leaves room for the heaviest ones seen. */
export const MAX_HTML_ELEMENTS = 40_000;

// Elements that never hold children, and those the parser closes by itself when a sibling opens, so
// counting them as nesting would overstate the depth of ordinary pages.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;
const RAW_TEXT = /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Refuses HTML whose shape would make parsing slow or crash it (thousands of nested elements, tens of
 * thousands of elements), before any DOM is built. One linear scan of the tags; a cheap guard, not a
 * parser: the worker's time and memory limits remain the last line of defence.
 */
export function assertReasonableHtml(html: string): void {
  const source = html.replace(RAW_TEXT, '');
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m !== null; m = TAG.exec(source)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name)) {
      if (m[1] === '') elements += 1;
    } else if (m[1] === '/') {
      depth = Math.max(0, depth - 1);
    } else if (!m[0].endsWith('/>')) {
      elements += 1;
      depth += 1;
      if (depth > maxDepth) maxDepth = depth;
    }
    if (elements > MAX_HTML_ELEMENTS) {
      throw new ImportError(
        'TOO_COMPLEX',
        `The page has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} HTML elements; article pages have far fewer, so it was not read.`,
        { limit: MAX_HTML_ELEMENTS },
      );
    }
    if (maxDepth > MAX_HTML_DEPTH) {
      throw new ImportError(
        'TOO_COMPLEX',
        `The page nests HTML elements more than ${MAX_HTML_DEPTH} levels deep; browsers stop at that depth, so it was not read.`,
        { limit: MAX_HTML_DEPTH },
      );
    }
  }
}
