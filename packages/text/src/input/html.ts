import { createRequire } from 'node:module';
import { normaliseKey } from '../lines/features.js';
import type { LineHint } from '../lines/units.js';
import { readPageMeta, type PageMeta } from './htmlMeta.js';

type Libraries = Pick<typeof import('jsdom'), 'JSDOM' | 'VirtualConsole'> & Pick<typeof import('@mozilla/readability'), 'Readability'>;

// jsdom takes a quarter of a second to load; text imports never pay for it. Both libraries are CommonJS,
// so a synchronous require keeps importArticle synchronous.
const requireCjs = createRequire(import.meta.url);
let libraries: Libraries | undefined;

function loadLibraries(): Libraries {
  if (libraries === undefined) {
    const { JSDOM, VirtualConsole } = requireCjs('jsdom') as typeof import('jsdom');
    const { Readability } = requireCjs('@mozilla/readability') as typeof import('@mozilla/readability');
    libraries = { JSDOM, VirtualConsole, Readability };
  }
  return libraries;
}

/** Lines extracted from HTML, their structural hints, and the page's declared metadata. */
export interface HtmlSource {
  lines: string[];
  hints: (LineHint | undefined)[];
  meta: PageMeta;
  /** Site name from metadata or Readability. */
  siteName: string | null;
}

const DANGEROUS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea';
// JSON-LD blocks are data, not scripts; they are read for metadata and not reported.
const SCRIPT_TAG = /<script\b(?![^>]*application\/ld\+json)/gi;
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'DL',
  'DT', 'DD', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
const HINTS: Record<string, LineHint> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', FIGCAPTION: 'caption', BLOCKQUOTE: 'quote',
};
// HTML collapses these; the no-break space is content and stays.
const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * Turns HTML into article lines: metadata is read first, scripts, styles and other active content are
 * removed, Readability picks the article, and its block elements become lines (headings, list items,
 * figure captions and quotes keep a hint). Scripts never run: jsdom is used without `runScripts`.
 */
export function readHtml(html: string, warnings: string[], url?: string): HtmlSource {
  const scripts = html.match(SCRIPT_TAG)?.length ?? 0;
  if (scripts > 0) warnings.push(`SCRIPTS_REMOVED: ${scripts} <script> element(s) were removed and not run.`);
  const { JSDOM, VirtualConsole, Readability } = loadLibraries();
  const dom = new JSDOM(html, { url: safeUrl(url), virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const meta = readPageMeta(doc);
  for (const el of Array.from(doc.querySelectorAll(DANGEROUS))) el.remove();
  const captionKeys = new Set(Array.from(doc.querySelectorAll('figcaption, [class*="caption" i]')).map((el) => normaliseKey(el.textContent ?? '')));
  const article = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: 100 }).parse();
  const root = article?.content ?? doc.body;
  const lines: string[] = [];
  const hints: (LineHint | undefined)[] = [];
  if (root !== null && root !== undefined) collectLines(root, lines, hints, undefined);
  for (let i = 0; i < lines.length; i += 1) if (captionKeys.has(normaliseKey(lines[i]))) hints[i] = 'caption';
  if (article === null) warnings.push('NO_ARTICLE_STRUCTURE: the page has no clear article; all its text was read.');
  dom.window.close();
  return { lines, hints, meta, siteName: meta.siteName ?? article?.siteName ?? null };
}

function collectLines(node: Node, lines: string[], hints: (LineHint | undefined)[], hint: LineHint | undefined): void {
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(HTML_SPACE, ' ').trim();
    if (text !== '') {
      lines.push(text);
      hints.push(hint);
    }
    buffer = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      buffer += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const name = (child as Element).tagName.toUpperCase();
      if (name === 'BR') flush();
      else if (BLOCK.has(name)) {
        flush();
        collectLines(child, lines, hints, HINTS[name] ?? hint);
      } else buffer += child.textContent ?? '';
    }
  }
  flush();
}

function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
