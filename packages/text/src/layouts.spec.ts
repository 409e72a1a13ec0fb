// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { inputOf, loadLayouts, scoreLayout } from '../fixtures/layouts.mjs';
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
      const a = importArticle(inputOf(l));
      const score = scoreLayout(a, l.expect) as Record<string, boolean>;
      const paragraphs = a.paragraphs.map((p) => a.body.slice(p.start, p.end));
      const got = {
        outlet: a.outlet.name,
        headline: a.headline,
        date: a.publishedAt,
        byline: a.byline,
        wire: a.wireCredit,
        first: paragraphs[0]?.slice(0, 60),
        last: paragraphs.at(-1)?.slice(0, 60),
        junk: (l.expect.absent ?? '')
          .split('||')
          .map((s) => s.trim())
          .filter((j) => j && a.body.includes(j)),
      };
      const wrong = Object.keys(score)
        .filter((k) => !score[k])
        .map(
          (k) =>
            `${k}: got ${JSON.stringify(got[k as keyof typeof got])}, expected ${JSON.stringify(l.expect[k === 'junk' ? 'absent' : k])}`,
        );
      expect(wrong).toEqual([]);
    });
  });
});
