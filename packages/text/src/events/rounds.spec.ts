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

describe('rules drawn from the blind7 pages (third and second India–Australia 2+2 dialogues, Türkiye–Pakistan council)', () => {
  it('reads ordinals before "dialogue", "talks" and "edition", with names, numbers and meeting words between (Australian and Indian papers)', () => {
    expect(roundOf('India and Australia agree to expand military exercises at third 2+2 talks', '')).toBe(3);
    expect(roundOf('Joint Statement on the Third India-Australia 2+2 Ministerial Dialogue', '')).toBe(3);
    expect(roundOf(null, 'India and Australia on Tuesday held the second edition of their 2+2 ministerial dialogue.')).toBe(2);
    // Near misses: a day of talks, "such talks" and the first time a meeting happened name no round.
    expect(roundOf('Second day of talks ends without a deal', '')).toBeNull();
    expect(roundOf('The first such talks in years', '')).toBeNull();
    expect(roundOf('Pakistan, China hold talks', 'For the first time the meeting was held in Gwadar.')).toBeNull();
  });

  it('reads capitals printed in capitals, "Turkiye" without its diacritic, and not "US dollars" (Pakistani e-paper, Turkish presidency)', () => {
    expect([...partiesOf('Pakistan, Turkiye sign 24 accords', 'ANKARA: The two sides met.')].sort()).toEqual(['Pakistan', 'Turkey']);
    expect([...partiesOf('Talks end', 'NEW DELHI: The ministers met.')]).toEqual(['India']);
    expect([...partiesOf('Trade to reach 5 billion US dollars', 'Pakistan and Türkiye agreed.')].sort()).toEqual(['Pakistan', 'Turkey']);
    // Near misses: acronyms in capitals stay as printed, and the US as a party is still read.
    expect([...partiesOf('US, EU agree on tariffs', '')].sort()).toEqual(['European Union', 'United States']);
  });

  it('the same numbered round of the same parties groups reports that name no one (aggregator copy of "the third round of their 2+2 dialogue")', () => {
    const report = (id: string, headline: string, body: string): { id: string; headline: string; body: string; publishedAt: string } => ({
      id,
      headline,
      body,
      publishedAt: '2026-10-21',
    });
    const groups = suggestEvents([
      report(
        'a',
        'India, Australia agree to deepen defence ties at 2+2 talks',
        'India and Australia agreed to deepen defence ties at the third round of their 2+2 dialogue in New Delhi.',
      ),
      report(
        'b',
        'Joint Statement on the Third India-Australia 2+2 Ministerial Dialogue',
        'The ministers of India and Australia agreed to expand exercises.',
      ),
      // Near miss: the second round's report stays apart even on the same day.
      report(
        'c',
        'India, Australia hold second 2+2 dialogue',
        'India and Australia held the second edition of their 2+2 ministerial dialogue.',
      ),
    ]);
    expect(groups.map((g) => [...g.articleIds].sort())).toEqual([['a', 'b']]);
  });
});
