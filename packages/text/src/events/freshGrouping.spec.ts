// @ts-expect-error: a plain ESM helper shared with bench/ingest-pure.mjs, without type declarations.
import { FRESH_DIR, inputOf, loadLayouts, pairwiseF1 } from '../../fixtures/layouts.mjs';
import { importArticle } from '../importArticle.js';
import { partiesOf } from './parties.js';
import { suggestEvents } from './suggestEvents.js';

interface Scored {
  precision: number;
  recall: number;
  f1: number;
}

describe('suggestEvents on the fresh pages (six events: two rounds of one dialogue five months apart, a trilateral meeting the day before one of them)', () => {
  const pages = (loadLayouts(FRESH_DIR) as { file: string; event: string }[]).map((l) => ({ l, a: importArticle(inputOf(l)) }));
  const groups = suggestEvents(pages.map(({ l, a }) => ({ id: l.file, headline: a.headline, body: a.body, publishedAt: a.publishedAt })));
  const score = pairwiseF1(
    groups.map((g) => g.articleIds),
    new Map(pages.map(({ l }) => [l.file, l.event])),
  ) as Scored;

  it('never puts two events in one group', () => {
    expect(score.precision).toBe(1);
  });

  it('groups the reports of each event together (pairwise F1 at least 0.9; reactions naming other people still split off)', () => {
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('pairwiseF1', () => {
  it('counts pairs: ungrouped pages stand alone, a wrong merge costs precision, a split costs recall', () => {
    const labels = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'y'],
    ]);
    expect(pairwiseF1([['a', 'b', 'c']], labels)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(pairwiseF1([['a', 'b']], labels)).toMatchObject({ precision: 1, recall: 1 / 3 });
    expect(pairwiseF1([['a', 'b', 'c', 'd']], labels)).toMatchObject({ precision: 0.5, recall: 1 });
    expect(pairwiseF1([], labels)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('trilateral meetings', () => {
  it('keeps a trilateral meeting apart from the bilateral round the next day, with the same ministers', () => {
    const body = (format: string): string =>
      `Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar held ${format} talks in Kabul on Wednesday and issued a joint statement on the corridor.`;
    const groups = suggestEvents([
      { id: 'tri1', headline: 'Trilateral meeting in Kabul', body: body('trilateral'), publishedAt: '2025-08-20' },
      { id: 'tri2', headline: 'Afghanistan, China, Pakistan FMs meet', body: body('trilateral'), publishedAt: '2025-08-20' },
      { id: 'bi1', headline: 'China, Pakistan hold dialogue', body: body('bilateral'), publishedAt: '2025-08-21' },
      { id: 'bi2', headline: 'Pakistan, China vow cooperation', body: body('bilateral'), publishedAt: '2025-08-21' },
    ]);
    expect(groups.map((g) => [...g.articleIds].sort()).sort()).toEqual([
      ['bi1', 'bi2'],
      ['tri1', 'tri2'],
    ]);
  });
});

describe('partiesOf', () => {
  it('reads the states and blocs of the headline and lead, by name, adjective or capital', () => {
    expect([...partiesOf('China, EU release joint statement', 'Beijing and Brussels agreed …')].sort()).toEqual([
      'China',
      'European Union',
    ]);
    expect([...partiesOf('Saudi-Pakistan pact', 'Riyadh hosted Islamabad’s prime minister.')].sort()).toEqual(['Pakistan', 'Saudi Arabia']);
    expect([...partiesOf('Budget passed', 'Lawmakers approved the budget. ' + 'x'.repeat(700) + ' China')]).toEqual([]);
  });
});
