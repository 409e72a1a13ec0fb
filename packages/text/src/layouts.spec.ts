// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { inputOf, loadLayouts, wrongFields } from '../fixtures/layouts.mjs';
import { importArticle } from './importArticle.js';

interface Layout {
  file: string;
  layout: string;
  expect: Record<string, string | null>;
}

const layouts = loadLayouts() as Layout[];

describe('importArticle on layouts it was not tuned on', () => {
  it('has a varied set of layouts, each naming the kind of page it stands for', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(25);
    for (const l of layouts) expect(l.layout).toBeTruthy();
  });

  describe.each(layouts.map((l) => [l.file, l.layout, l] as const))('%s (layout: %s)', (_file, _name, l) => {
    it('gets every core field right', () => {
      expect(wrongFields(importArticle(inputOf(l)), l.expect)).toEqual([]);
    });
  });
});
