import type { AlignmentResult } from '../types.js';
import { alignArticles } from './align-articles.js';
import { riverTalks, rid } from '../__fixtures__/river-talks.js';

const claimsWith = (r: AlignmentResult, id: string) => r.claims.filter((c) => c.links.some((l) => l.segmentId === id));
const together = (r: AlignmentResult, a: string, b: string): boolean =>
  claimsWith(r, a).some((c) => c.links.some((l) => l.segmentId === b));

describe('alignArticles on an invented comparison (text not from the seeds)', () => {
  const result = alignArticles(riverTalks());

  it.each([
    ['the dam agreement', rid('A', 0), rid('B', 0)],
    ['the dam agreement (third outlet)', rid('A', 0), rid('C', 0)],
    ['the jobs figure', rid('A', 2), rid('B', 3)],
    ['the funding share', rid('A', 3), rid('C', 1)],
    ['the water-sharing agreement', rid('A', 4), rid('B', 5)],
  ])('groups %s', (_name, a, b) => expect(together(result, a, b)).toBe(true));

  it('puts a sentence holding two commitments in both claims, as PARTIAL where it says more', () => {
    expect(together(result, rid('A', 1), rid('B', 1))).toBe(true);
    expect(together(result, rid('A', 1), rid('B', 2))).toBe(true);
    expect(together(result, rid('B', 1), rid('B', 2))).toBe(false);
    const ceasefire = claimsWith(result, rid('B', 2)).find((c) => c.links.some((l) => l.segmentId === rid('A', 1)))!;
    expect(ceasefire.links.find((l) => l.segmentId === rid('A', 1))!.relation).toBe('PARTIAL');
  });

  it('never links two claims through the names every article repeats', () => {
    expect(together(result, rid('C', 2), rid('A', 2))).toBe(false);
    expect(together(result, rid('C', 2), rid('B', 3))).toBe(false);
    expect(together(result, rid('C', 3), rid('A', 0))).toBe(false);
  });

  it('leaves what one outlet alone says to that outlet', () => {
    expect(result.unaligned).toEqual(expect.arrayContaining([rid('B', 4), rid('C', 2), rid('C', 3)]));
  });

  it('labels claims with distinct phrases never cut inside a word or a hyphenated compound', () => {
    const labels = result.claims.map((c) => c.label);
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    const texts = riverTalks().flatMap((a) => a.segments.map((s) => s.text));
    for (const label of labels) {
      // Each label is written somewhere, starting and ending on whole words (not "term water" of "long-term water").
      const found = texts.some((t) =>
        new RegExp(`(?:^|[\\s(“"])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s,.;:)”"])`).test(t),
      );
      expect([label, found]).toEqual([label, true]);
    }
    const water = claimsWith(result, rid('A', 4))[0]!.label;
    expect(water).toMatch(/long-term water-sharing agreement|water-sharing agreement/);
  });
});
