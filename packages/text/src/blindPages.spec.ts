// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { BLIND3_DIR, BLIND4_DIR, inputOf, loadLayouts, wrongFields } from '../fixtures/layouts.mjs';
import { importArticle } from './importArticle.js';

interface Layout {
  file: string;
  layout: string;
  event: string;
  expect: Record<string, string | null>;
}

/**
 * The blind3 pages (written before reading the importer's rules; 8 of 15 right at first) and the blind4
 * pages (written after blind3's fixes; 6 of 8 right at first). Every core field of every page must now be
 * right; bench:ingest prints the same scores.
 */
describe.each([
  ['blind3', BLIND3_DIR],
  ['blind4', BLIND4_DIR],
])('importArticle on the %s pages', (_name, dir) => {
  const pages = loadLayouts(dir) as Layout[];

  it('has pages each naming its layout and the event it reports', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const p of pages) expect([p.file, Boolean(p.layout), Boolean(p.event)]).toEqual([p.file, true, true]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: every core field right', (_file, p) => {
    expect(wrongFields(importArticle(inputOf(p)), p.expect)).toEqual([]);
  });
});
