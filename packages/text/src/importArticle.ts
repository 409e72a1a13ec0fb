import { assemble } from './assemble.js';
import { ImportError } from './errors.js';
import { contentHash } from './hash/contentHash.js';
import { readHtml } from './input/html.js';
import { validateInput } from './input/validate.js';
import { classifyUnits } from './lines/classify.js';
import { buildUnits, type LineHint, type Outside } from './lines/units.js';
import { resolveMeta, type PageFacts } from './meta/resolve.js';
import type { ImportedArticle, ImportInput, ImportOptions } from './types.js';

const SHORT_BODY_WORDS = 40;

/**
 * Turns pasted text or HTML into a clean article: metadata, body paragraphs with sentence offsets,
 * captions, subheadings, and every other line with the reason it was left out. Synchronous and pure.
 * Throws {@link ImportError} (EMPTY_INPUT, TOO_LARGE, BINARY_INPUT, INVALID_ENCODING, NO_SENTENCES) when
 * the input cannot become an article; milder problems are listed in `warnings`.
 */
export function importArticle(input: ImportInput, options: ImportOptions = {}): ImportedArticle {
  const { source, isHtml, warnings } = validateInput(input);
  const { lines, hints, outside, page } = isHtml ? fromHtml(source, warnings) : fromText(source);
  const units = buildUnits(lines, hints, outside);
  const { items, extracted } = classifyUnits(units, { headline: page.headline }, options);
  const doc = assemble(items);
  if (doc.sentences.length === 0) {
    const droppedLines = doc.droppedLines.slice(0, 200).map((d) => ({ ...d, text: d.text.slice(0, 300) }));
    throw new ImportError('NO_SENTENCES', noSentencesMessage(units.length), { droppedLines });
  }
  const meta = resolveMeta(input, page, extracted, doc, warnings);
  const words = items.reduce((sum, it) => sum + (it.role === 'body' ? it.f.words : 0), 0);
  if (words < SHORT_BODY_WORDS)
    warnings.push(`The body has only ${words} words, which is short for an article: check the lines that were left out.`);
  return {
    ...meta,
    body: doc.body,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    captions: doc.captions,
    subheadings: doc.subheadings,
    droppedLines: doc.droppedLines,
    warnings,
    contentHash: contentHash(doc.body),
  };
}

interface Prepared {
  lines: string[];
  hints?: (LineHint | undefined)[];
  outside?: (Outside | undefined)[];
  page: PageFacts;
}

function fromText(source: string): Prepared {
  return { lines: source.split('\n'), page: {} };
}

function fromHtml(source: string, warnings: string[]): Prepared {
  const html = readHtml(source, warnings);
  const { meta } = html;
  return {
    lines: html.lines,
    hints: html.hints,
    outside: html.outside,
    page: {
      headline: meta.headline,
      standfirst: meta.description,
      byline: meta.author,
      publishedAt: meta.publishedAt,
      siteName: html.siteName,
      url: meta.url,
    },
  };
}

function noSentencesMessage(units: number): string {
  return units === 0
    ? 'The input has no text.'
    : `No article sentences were found: ${units === 1 ? 'the one line' : `all ${units} lines`} looked like headlines, navigation or other page furniture.`;
}
