import { partiesOf } from './parties.js';
import { roundOf } from './rounds.js';
import { suggestEvents } from './suggestEvents.js';

describe('roundOf (the numbered round a story reports)', () => {
  it('reads ordinals in words and digits before "round", "session" or "meeting", and "Round 3"', () => {
    expect(roundOf('Dar, Wang Yi co-chair 8th round of Pak-China strategic dialogue', '')).toBe(8);
    expect(roundOf(null, 'Wang Yi held the eighth round of the China-Pakistan Foreign Ministers’ Strategic Dialogue.')).toBe(8);
    expect(roundOf('15th CPEC JCC meeting approves new projects', '')).toBe(15);
    expect(roundOf('Trade talks: Round 3 opens in Brussels', '')).toBe(3);
    expect(roundOf('Second Session of the Joint Commission', '')).toBe(2);
  });

  it('takes the headline over the lead, and ignores earlier or next rounds named further down', () => {
    expect(roundOf('EU and India wrap up 15th round of trade talks', 'The round came three months after the 14th round.')).toBe(15);
    const lead = 'ISLAMABAD: Pakistan and China on Monday agreed to expand security cooperation.';
    expect(roundOf('Pakistan, China agree on security', `${lead} ${'x '.repeat(250)} since the seventh round held in January.`)).toBeNull();
    expect(roundOf('Pakistan, China hold talks', 'Officials met for a 75th anniversary reception.')).toBeNull();
    expect(roundOf('Pakistan, China hold talks', 'For the first time the meeting was held in Gwadar.')).toBeNull();
  });
});

describe('hyphenated country pairs name parties', () => {
  it('reads "China-Pakistan", "Pak-Saudi" and "India-EU-US" as parties, not "Pakistan-based" or "US-made"', () => {
    expect([...partiesOf('China-Pakistan corridor talks', '')].sort()).toEqual(['China', 'Pakistan']);
    expect([...partiesOf('Pak-Saudi defence pact', '')].sort()).toEqual(['Pakistan', 'Saudi Arabia']);
    expect([...partiesOf('India-EU-US trade corridor', '')].sort()).toEqual(['European Union', 'India', 'United States']);
    expect([...partiesOf('Pakistan-based militants attack US-made drones', '')]).toEqual([]);
  });
});

const dialogue = (round: string, where: string): string =>
  `Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar co-chaired the ${round} round of the China-Pakistan strategic dialogue in ${where}, agreeing to protect Chinese nationals and upgrade the corridor.`;

describe('successive rounds of one dialogue (layout: two rounds a few months apart, pages undated)', () => {
  it('keeps the seventh and the eighth round apart though the same ministers meet and no page is dated', () => {
    const groups = suggestEvents([
      {
        id: 'r7a',
        headline: 'China, Pakistan hold seventh round of strategic dialogue',
        body: dialogue('seventh', 'Beijing'),
        publishedAt: null,
      },
      { id: 'r7b', headline: 'Wang Yi, Dar meet in Beijing', body: dialogue('7th', 'Beijing'), publishedAt: null },
      {
        id: 'r8a',
        headline: 'Pakistan, China hold 8th round of strategic dialogue',
        body: dialogue('8th', 'Islamabad'),
        publishedAt: null,
      },
      { id: 'r8b', headline: 'Dar, Wang Yi co-chair talks in Islamabad', body: dialogue('eighth', 'Islamabad'), publishedAt: null },
    ]);
    expect(groups.map((g) => [...g.articleIds].sort()).sort()).toEqual([
      ['r7a', 'r7b'],
      ['r8a', 'r8b'],
    ]);
  });
});

describe('look-alike meetings sharing one party (layout: China–Pakistan talks and a Saudi–Pakistan pact, undated)', () => {
  it('does not merge them although the pact’s reports name only the prime minister the talks’ reports also name', () => {
    const cn =
      'Prime Minister Shehbaz Sharif said the China-Pakistan partnership was unshakable as Foreign Minister Wang Yi and Deputy Prime Minister Ishaq Dar met.';
    const sa =
      'Prime Minister Shehbaz Sharif signed a Pakistan-Saudi mutual defence agreement in Riyadh, saying the partnership was unshakable.';
    const groups = suggestEvents([
      { id: 'cn1', headline: 'Pakistan, China vow to deepen ties', body: cn, publishedAt: null },
      { id: 'cn2', headline: 'China-Pakistan talks end', body: cn, publishedAt: null },
      { id: 'sa1', headline: 'Pakistan, Saudi Arabia sign defence pact', body: sa, publishedAt: null },
      {
        id: 'sa2',
        headline: 'Saudi-Pak defence accord signed',
        body: `Prime Minister Shehbaz Sharif hailed the accord. ${sa}`,
        publishedAt: null,
      },
    ]);
    expect(groups.map((g) => [...g.articleIds].sort()).sort()).toEqual([
      ['cn1', 'cn2'],
      ['sa1', 'sa2'],
    ]);
  });
});
