// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { inputOf, loadLayouts } from '../../fixtures/layouts.mjs';
import { importArticle } from '../importArticle.js';
import { suggestEvents } from './suggestEvents.js';

const DAY = 86_400_000;

describe('suggestEvents on the layout pages (two rounds of the dialogue eleven months apart)', () => {
  const pages = (loadLayouts() as { file: string }[]).map((l) => ({ file: l.file, a: importArticle(inputOf(l)) }));
  const byId = new Map(pages.map((p) => [p.file, p]));
  const groups = suggestEvents(pages.map((p) => ({ id: p.file, headline: p.a.headline, body: p.a.body, publishedAt: p.a.publishedAt })));

  it('dates every page, so grouping can tell the rounds apart', () => {
    expect(pages.filter((p) => p.a.publishedAt === null).map((p) => p.file)).toEqual([]);
  });

  it('never puts articles weeks apart in one group', () => {
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const times = g.articleIds.map((id) => Date.parse(byId.get(id)!.a.publishedAt!.slice(0, 10)));
      expect([g.label, (Math.max(...times) - Math.min(...times)) / DAY]).toEqual([g.label, expect.any(Number)]);
      expect((Math.max(...times) - Math.min(...times)) / DAY).toBeLessThanOrEqual(7);
    }
  });
});
