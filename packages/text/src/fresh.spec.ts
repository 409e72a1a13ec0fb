// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { FRESH_DIR, inputOf, loadLayouts, wrongFields } from '../fixtures/layouts.mjs';
import { importArticle } from './importArticle.js';

interface Layout {
  file: string;
  layout: string;
  event: string;
  expect: Record<string, string | null>;
}

/**
 * The second set of pages (fixtures/fresh), written without reading the importer's rules, so that the share
 * it gets right estimates accuracy on pages nobody has seen. Pages still wrong are listed here and run as
 * `it.failing`, so that a page that starts passing has to be taken off the list.
 */
const STILL_FAILING = new Set<string>([]);

const pages = loadLayouts(FRESH_DIR) as Layout[];

describe('importArticle on fresh pages written without reading its rules', () => {
  it('has about thirty pages, each naming its layout and the event it reports', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const p of pages) expect([p.file, Boolean(p.layout), Boolean(p.event)]).toEqual([p.file, true, true]);
    for (const f of STILL_FAILING) expect(pages.map((p) => p.file)).toContain(f);
  });

  describe.each(pages.map((p) => [p.file, p.layout, p] as const))('%s (layout: %s)', (file, _name, p) => {
    const run = STILL_FAILING.has(file) ? it.failing : it;
    run('gets every core field right', () => {
      expect(wrongFields(importArticle(inputOf(p)), p.expect)).toEqual([]);
    });
  });
});
