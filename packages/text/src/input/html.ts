import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { normaliseKey } from '../lines/features.js';
import type { LineHint, Outside } from '../lines/units.js';
import { assertReasonableHtml } from './htmlShape.js';
import { GENERIC, outsideReason, type OutsideReason } from './htmlContainers.js';
import { readPageMeta, type PageMeta } from './htmlMeta.js';

// linkedom builds the DOM about 15 times faster than jsdom and gives Readability the same article on
// the pages measured (bench/ingest-pure.mjs prints both). It is ESM-only, so it is imported statically
// (~150 ms once per process); Readability is CommonJS and stays lazy, keeping importArticle synchronous.
const requireCjs = createRequire(import.meta.url);
let readability: typeof import('@mozilla/readability').Readability | undefined;

function loadReadability(): typeof import('@mozilla/readability').Readability {
  readability ??= (requireCjs('@mozilla/readability') as typeof import('@mozilla/readability')).Readability;
  return readability;
}

/** Lines extracted from HTML, their structural hints, and the page's declared metadata. */
export interface HtmlSource {
  lines: string[];
  hints: (LineHint | undefined)[];
  /** For each line outside the article Readability found: the furniture it sat in. */
  outside: (Outside | undefined)[];
  meta: PageMeta;
  /** Site name from metadata or Readability. */
  siteName: string | null;
}

// Elements without readable text for a person: they are removed before anything is read.
const INERT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, select, textarea, input';
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'DL',
  'DT',
  'DD',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'FORM',
  'BUTTON',
]);
const HINTS: Record<string, LineHint> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  FIGCAPTION: 'caption',
  BLOCKQUOTE: 'quote',
};
// Furniture that is never article text, even when the page reader keeps it inside the article.
const ALWAYS_OUT = new Set(['embed', 'byline', 'duplicate-line']);
// HTML collapses these; the no-break space is content and stays.
const HTML_SPACE = /[ \t\n\r\f]+/g;
// How far ahead a page line is looked for among the article's lines before it counts as outside.
const LOOKAHEAD = 40;

interface PageLine {
  text: string;
  hint: LineHint | undefined;
  container: OutsideReason;
  /** Inside the page's own article element, when it has exactly one. */
  inRoot: boolean;
}

// A page that marks its article body once is trusted over Readability's guess; teaser lists that use
// <article> for every card have several and fall back to Readability.
const MIN_ROOT_CHARS = 200;

function findArticleRoot(doc: Document): Element | null {
  for (const selector of ['[itemprop~="articleBody" i]', 'article']) {
    const found = Array.from(doc.querySelectorAll(selector));
    if (found.length === 1 && (found[0].textContent ?? '').trim().length >= MIN_ROOT_CHARS) return found[0];
    if (found.length > 1) return null;
  }
  return null;
}

/**
 * Turns HTML into lines: metadata is read first, inert elements (scripts, styles, frames) are removed
 * and never run, every block of the page becomes a line, and Readability decides which lines form the
 * article. Lines outside it are kept with the furniture they sat in (navigation, footer, related box …),
 * so that the importer lists them with a reason and a person can restore them.
 */
export function readHtml(html: string, warnings: string[]): HtmlSource {
  assertReasonableHtml(html);
  const Readability = loadReadability();
  const { document: doc } = parseHTML(html);
  const meta = readPageMeta(doc as unknown as Document);
  for (const el of Array.from(doc.querySelectorAll(INERT))) el.remove();
  const captionKeys = new Set(
    Array.from(doc.querySelectorAll('figcaption, [class*="caption" i]')).map((el) => normaliseKey(el.textContent ?? '')),
  );
  const root = findArticleRoot(doc as unknown as Document);
  const page: PageLine[] = [];
  if (doc.body) collectLines(doc.body as unknown as Element, { out: page, root, inRoot: false }, undefined);
  const article = new Readability<Node>(doc as unknown as Document, { serializer: (node) => node, charThreshold: 100 }).parse();
  const articleKeys: string[] = [];
  if (article?.content)
    collectLines(article.content as unknown as Element, { out: [], root: null, inRoot: false, keys: articleKeys }, undefined);
  if (article === null && root === null)
    warnings.push('The page has no clear article structure, so all of its text was read and sorted line by line.');
  const out: HtmlSource = { lines: [], hints: [], outside: [], meta, siteName: meta.siteName ?? article?.siteName ?? null };
  const inside =
    root !== null
      ? page.map((l) => l.inRoot && l.container === GENERIC)
      : article === null
        ? page.map(() => true)
        : matchArticle(page, articleKeys);
  page.forEach((line, i) => {
    out.lines.push(line.text);
    out.hints.push(captionKeys.has(normaliseKey(line.text)) ? 'caption' : line.hint);
    const outsideArticle = !inside[i] || ALWAYS_OUT.has(line.container.reason);
    out.outside.push(outsideArticle ? line.container : undefined);
  });
  return out;
}

// Marks the page lines that Readability kept, walking both lists in document order.
function matchArticle(page: readonly PageLine[], articleKeys: readonly string[]): boolean[] {
  const inside = page.map(() => false);
  let next = 0;
  page.forEach((line, i) => {
    const key = normaliseKey(line.text);
    const end = Math.min(articleKeys.length, next + LOOKAHEAD);
    for (let j = next; j < end; j += 1) {
      if (articleKeys[j] !== key) continue;
      inside[i] = true;
      next = j + 1;
      return;
    }
  });
  return inside;
}

interface Collector {
  out: PageLine[];
  root: Element | null;
  inRoot: boolean;
  /** When set, only the lines' comparison keys are collected (for Readability's output). */
  keys?: string[];
}

function collectLines(node: Element, c: Collector, hint: LineHint | undefined): void {
  if (node === c.root) c = { ...c, inRoot: true };
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(HTML_SPACE, ' ').trim();
    if (text !== '') {
      if (c.keys !== undefined) c.keys.push(normaliseKey(text));
      else c.out.push({ text, hint, container: outsideReason(node, c.inRoot ? c.root : null), inRoot: c.inRoot });
    }
    buffer = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      buffer += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const name = el.tagName.toUpperCase();
      if (name === 'BR') flush();
      else if (BLOCK.has(name)) {
        flush();
        collectLines(el, c, HINTS[name] ?? hint);
      } else buffer += el.textContent ?? '';
    }
  }
  flush();
}
