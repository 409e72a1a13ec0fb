import { ImportError, MAX_INPUT_BYTES } from '../errors.js';
import type { ImportInput } from '../types.js';

/** The input after the checks every import runs first: one source string, its kind, and warnings. */
export interface ValidatedInput {
  source: string;
  isHtml: boolean;
  warnings: string[];
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return.
const CONTROL_CHARS = /[\u0001-\u0008\u000E-\u001F\u007F]/g;
const REPLACEMENT_CHARS = /\uFFFD/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Typical UTF-8 read as Windows-1252: â€™ for ’, Ã© for é.
const MOJIBAKE = /â€[™œ\u009d“”˜¦\u0093\u0094]|Ã[\u0080-\u00BF©¨§¡¢£¤¥¦ª«¬®¯°±²³´µ¶·¸¹º»¼½¾]/;
const SUSPICIOUS = /[\u0001-\u0008\u000E-\u001F\u007F\uFFFD\uD800-\uDFFF\u00C3\u00E2]/;
const HTML_SNIFF =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<(?:p|div|article|h1|script)[\s>][\s\S]*<\/(?:p|div|article|h1|script)>/i;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Checks the raw input and returns the one string to import. It throws {@link ImportError} for empty,
 * oversized, binary and badly encoded input, and reports milder problems as warnings ("CODE: message").
 */
export function validateInput(input: ImportInput): ValidatedInput {
  const warnings: string[] = [];
  const html = input.html ?? '';
  const text = input.text ?? '';
  let source = html.trim() !== '' ? html : text;
  if (source.trim() === '') {
    throw new ImportError('EMPTY_INPUT', 'The input is empty: paste the article text or HTML.');
  }
  checkSize(source);
  if (source.includes('\u0000')) {
    throw new ImportError('BINARY_INPUT', 'The input contains NUL bytes; it looks like a binary file, not text.');
  }
  // One scan of a plain character class clears most inputs of every detailed check below.
  if (SUSPICIOUS.test(source)) {
    source = stripControlChars(source, warnings);
    checkEncoding(source, warnings);
  }
  let isHtml = html.trim() !== '';
  if (!isHtml && HTML_SNIFF.test(source.slice(0, 20_000))) {
    isHtml = true;
    warnings.push('The pasted text looks like HTML, so it was read as a web page.');
  }
  source = source.replace(/^\uFEFF/, '').replace(LINE_BREAKS, '\n');
  return { source, isHtml, warnings };
}

function checkSize(source: string): void {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so short strings skip the byte count.
  if (source.length * 3 <= MAX_INPUT_BYTES) return;
  const bytes = source.length > MAX_INPUT_BYTES ? source.length : Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_INPUT_BYTES) {
    throw new ImportError('TOO_LARGE', `The input is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`, {
      bytes,
      limit: MAX_INPUT_BYTES,
    });
  }
}

function stripControlChars(source: string, warnings: string[]): string {
  const count = countMatches(source, CONTROL_CHARS);
  if (count === 0) return source;
  // A handful of stray control characters happen in copy-paste; many mean a binary file.
  if (count > Math.max(8, source.length / 100)) {
    throw new ImportError('BINARY_INPUT', `The input contains ${count} control characters; it looks like binary data.`);
  }
  warnings.push(`${count} invisible control character${count === 1 ? ' was' : 's were'} removed from the text.`);
  return source.replace(CONTROL_CHARS, '');
}

function checkEncoding(source: string, warnings: string[]): void {
  let count = countMatches(source, REPLACEMENT_CHARS);
  count += countMatches(source, LONE_SURROGATES);
  if (count > Math.max(16, source.length / 200)) {
    throw new ImportError('INVALID_ENCODING', `The input contains ${count} undecodable characters (U+FFFD); it was probably not UTF-8.`, {
      replacementChars: count,
    });
  }
  if (count > 0) {
    warnings.push(
      `${count} character${count === 1 ? '' : 's'} could not be decoded and show${count === 1 ? 's' : ''} as \uFFFD: the source may not have been UTF-8.`,
    );
  }
  if (MOJIBAKE.test(source)) {
    warnings.push('Sequences like "â€™" suggest the text was decoded with the wrong encoding: check apostrophes and accents.');
  }
}

function countMatches(source: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(source) !== null) count += 1;
  return count;
}
