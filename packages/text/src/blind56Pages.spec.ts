// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import * as fixtures from '../fixtures/layouts.mjs';
import { importArticle } from './importArticle.js';

const { BLIND5_DIR, BLIND6_DIR, BLIND7_DIR, BLIND8_DIR, BLIND9_DIR, BLIND10_DIR, inputOf, loadLayouts, wrongFields } = fixtures;

interface Layout {
  file: string;
  layout: string;
  event: string;
  expect: Record<string, string | null>;
}

/**
 * The blind5 pages: 15 layouts unlike the earlier sets (AMP, print view, OpenGraph only, no meta, JSON-LD
 * after midnight, agency datelines of other countries, desk lines in other languages), their expected
 * fields written before the importer first ran on them. First run: 5 of 15 right; 15 of 15 after the rules of blind5Rules.spec.ts. Pages still wrong run as
 * `it.failing`, so a page that starts passing has to come off the list.
 */
const STILL_FAILING = new Set<string>([]);

/**
 * The blind6 pages: 7 more layouts written after blind5's fixes, before the importer ran on them. First
 * run: 2 of 7 right, the honest measure of how the rules generalise; 4 of 7 after three more rules, 7 of 7
 * after the rules of meta/blind6Rules.spec.ts (live-blog entry stamps, PDF paragraphs and capital titles, masthead agency).
 */
const STILL_FAILING_6 = new Set<string>([]);

/**
 * The blind7 pages: 10 layouts unlike all earlier ones (role-first byline, media contacts block, "Story continues
 * below this ad", a year-less PTI feed, "1-" numbered declaration, e-paper jump lines, <time> only, "Story by
 * Reuters • 3h", an app share, text-size controls), expected fields written before the first run: 4 of 10 right;
 * 10 of 10 after the rules of meta/blind7Rules.spec.ts.
 */
const STILL_FAILING_7 = new Set<string>([]);

/** The blind8 pages: 5 written after blind7's rules, before the first run: 2 of 5 right; 5 of 5 after its rules. */
const STILL_FAILING_8 = new Set<string>([]);

/**
 * The blind9 pages: 8 imitating the held-out mix (Pakistani business daily, Chinese tabloid, broadcaster and party
 * paper, Indian broadcaster and agency, US broadcaster, a Pakistani daily pasted without its address), written
 * after blind8's rules, expected fields before the first run: 7 of 8 right; 8 of 8 after the rule of meta/blind9Rules.spec.ts.
 */
const STILL_FAILING_9 = new Set<string>([]);

/**
 * The blind10 pages: 6 more of the same mix (APP with a view counter, Geo with an embedded tweet, China Daily
 * paste, The Hindu paste, Times of India paste, AP copy on a US network), written after blind9's rule, expected
 * fields before the first run: 4 of 6 right; 6 of 6 after the rules of meta/blind9Rules.spec.ts.
 */
const STILL_FAILING_10 = new Set<string>([]);

describe.each([
  ['blind5', BLIND5_DIR, STILL_FAILING, 12],
  ['blind6', BLIND6_DIR, STILL_FAILING_6, 6],
  ['blind7', BLIND7_DIR, STILL_FAILING_7, 10],
  ['blind8', BLIND8_DIR, STILL_FAILING_8, 5],
  ['blind9', BLIND9_DIR, STILL_FAILING_9, 8],
  ['blind10', BLIND10_DIR, STILL_FAILING_10, 6],
] as const)('importArticle on the %s pages', (_name, dir, failing, least) => {
  const pages = loadLayouts(dir) as Layout[];

  it('has enough pages, each naming its layout and the event it reports', () => {
    expect(pages.length).toBeGreaterThanOrEqual(least);
    for (const p of pages) expect([p.file, Boolean(p.layout), Boolean(p.event)]).toEqual([p.file, true, true]);
    for (const f of failing) expect(pages.map((p) => p.file)).toContain(f);
  });

  describe.each(pages.map((p) => [p.file, p.layout, p] as const))('%s (layout: %s)', (file, _name, p) => {
    const run = failing.has(file) ? it.failing : it;
    run('gets every core field right', () => {
      expect(wrongFields(importArticle(inputOf(p)), p.expect)).toEqual([]);
    });
  });
});
