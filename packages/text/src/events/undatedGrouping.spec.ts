import { textDateline } from '../meta/dateClues.js';
import type { EventCandidate } from '../types.js';
import { suggestEvents } from './suggestEvents.js';

const groupsOf = (articles: EventCandidate[]): string[][] => suggestEvents(articles).map((g) => [...g.articleIds].sort());

describe('grouping undated articles by what their text carries', () => {
  it('reads the month and day of a dateline, with the year only when printed (Indian agency: "Tokyo, Aug 29 (IANS) -")', () => {
    expect(textDateline('Tokyo, Aug 29 (IANS) - Prime Minister Narendra Modi and Sanae Takaichi met.')).toEqual({
      year: null,
      month: 8,
      day: 29,
    });
    expect(textDateline('ISLAMABAD, 18 May: Pakistan and China agreed on Monday.')).toEqual({ year: null, month: 5, day: 18 });
    expect(textDateline('Riyadh, September 17, 2025, SPA -- At the invitation of the Crown Prince.')).toEqual({
      year: 2025,
      month: 9,
      day: 17,
    });
    // Near misses: a sentence that merely mentions a month, and a number after a comma.
    expect(textDateline('Pakistan and China, in May, agreed to hold the next round.')).toBeNull();
    expect(textDateline('ISLAMABAD: The two sides agreed, 5 to 0, to set up a task force.')).toBeNull();
  });

  const round = (id: string, lead: string, publishedAt: string | null): EventCandidate => ({
    id,
    headline: 'Pakistan, China hold strategic dialogue',
    body: `${lead} Foreign Minister Ishaq Dar and Foreign Minister Wang Yi held the strategic dialogue and agreed to expand CPEC cooperation and security cooperation.`,
    publishedAt,
  });

  it('an undated report joins the round its dateline dates, the year taken from the batch (two rounds of one dialogue four months apart)', () => {
    const groups = groupsOf([
      round('jan-a', 'BEIJING, Jan 4 (APP):', '2026-01-04'),
      round('jan-b', 'ISLAMABAD:', '2026-01-05'),
      round('may-a', 'BEIJING, May 18 (APP):', '2026-05-18'),
      round('may-b', 'ISLAMABAD:', '2026-05-19'),
      // Undated: "Jan 5" and "May 19" with no year.
      round('jan-undated', 'ISLAMABAD, Jan 5 (Reuters) -', null),
      round('may-undated', 'Beijing, 19 May (IANS):', null),
    ]);
    expect(groups).toContainEqual(['jan-a', 'jan-b', 'jan-undated']);
    expect(groups).toContainEqual(['may-a', 'may-b', 'may-undated']);
    // Near miss: with no year anywhere in the batch, month and day still keep the two rounds apart.
    const noYears = groupsOf([
      round('jan-1', 'BEIJING, Jan 4 (APP):', null),
      round('jan-2', 'ISLAMABAD, Jan 5 (Reuters) -', null),
      round('may-1', 'BEIJING, May 18 (APP):', null),
      round('may-2', 'Beijing, 19 May (IANS):', null),
    ]);
    expect(noYears).toEqual(
      expect.arrayContaining([
        ['jan-1', 'jan-2'],
        ['may-1', 'may-2'],
      ]),
    );
    expect(noYears).toHaveLength(2);
  });

  it('two undated stories sharing only their states are not one event (Pakistani daily: "FO hails outcome of Dar\'s visit" and a CPEC security story)', () => {
    const a: EventCandidate = {
      id: 'fo',
      headline: "FO hails outcome of Dar's visit to Beijing",
      body: 'The Pakistani Foreign Office on Tuesday hailed the outcome of the visit to China, saying it gave momentum to the partnership.',
      publishedAt: null,
    };
    const b: EventCandidate = {
      id: 'security',
      headline: 'Pakistan, China agree on CPEC security framework',
      body: 'Pakistan and China agreed on a framework to protect Chinese nationals working on corridor projects in the country.',
      publishedAt: null,
    };
    expect(groupsOf([a, b])).toEqual([]);
    // Near miss: the same two stories on the same day still group on their states and the day.
    expect(groupsOf([a, b].map((x) => ({ ...x, publishedAt: '2026-01-06' })))).toEqual([['fo', 'security']]);
  });
});
