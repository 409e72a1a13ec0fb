// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { BLIND3_DIR, FRESH_DIR, inputOf, loadLayouts, pairwiseF1 } from '../../fixtures/layouts.mjs';
import { importArticle } from '../importArticle.js';
import type { EventCandidate } from '../types.js';
import { suggestEvents } from './suggestEvents.js';

interface Scored {
  precision: number;
  f1: number;
}

function scoreOf(dir: string | undefined, undate: (index: number) => boolean): Scored {
  const pages = (loadLayouts(dir) as { file: string; event: string }[]).filter((l) => l.event);
  const candidates: EventCandidate[] = pages.map((l, i) => {
    const a = importArticle(inputOf(l));
    return { id: l.file, headline: a.headline, body: a.body, publishedAt: undate(i) ? null : a.publishedAt };
  });
  return pairwiseF1(
    suggestEvents(candidates).map((g) => g.articleIds),
    new Map(pages.map((l) => [l.file, l.event])),
  ) as Scored;
}

const dated = (): boolean => false;
const everyOther = (i: number): boolean => i % 2 === 1;
const none = (): boolean => true;

describe('event grouping on the fixture sets, with dates and with some or all dates missing', () => {
  it.each([
    ['fresh pages (two rounds of one dialogue five months apart, a Saudi–Pakistan pact naming the same PM)', FRESH_DIR],
    ['blind3 pages (seventh and eighth rounds, a CPEC committee meeting, 14th and 15th trade rounds)', BLIND3_DIR],
  ])('%s: no two events merged, F1 at least 0.95, dated, half dated or undated', (_name, dir) => {
    for (const undate of [dated, everyOther, none]) expect(scoreOf(dir, undate)).toMatchObject({ precision: 1, f1: expect.any(Number) });
    for (const undate of [dated, everyOther, none]) expect(scoreOf(dir, undate).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('layout pages (a large event whose short reports share little wording): F1 at least 0.95 with dates', () => {
    expect(scoreOf(undefined, dated).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('layout pages undated (datelines "BEIJING, Feb. 5" with no year; most pages name only the two states): F1 at least 0.9 half dated, 0.8 undated, precision 0.85 undated', () => {
    // Before the text's own day and the parties-only rule: 0.942 and 0.644 (one group of all three events).
    expect(scoreOf(undefined, everyOther).f1).toBeGreaterThanOrEqual(0.9);
    const undated = scoreOf(undefined, none);
    expect(undated.f1).toBeGreaterThanOrEqual(0.8);
    expect(undated.precision).toBeGreaterThanOrEqual(0.85);
  });
});
