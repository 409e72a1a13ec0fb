import { matchBoilerplate } from '../lines/vocabulary.js';
import { parseBylineLine, tidyByline } from './byline.js';
import { datelineDate } from './dateClues.js';
import { findDates } from './dates.js';
import { creditLine } from './wire.js';

const words = (s: string): number => s.split(/\s+/).length;

describe('rules drawn from the fresh pages, each on its own', () => {
  it('reads year-first dates with dots or slashes, and not version numbers', () => {
    expect(findDates('2025.07.24 21:05').map((d) => d.iso)).toEqual(['2025-07-24']);
    expect(findDates('Seoul, 2026/01/05').map((d) => d.iso)).toEqual(['2026-01-05']);
    expect(findDates('version 2025.13.40 and 2025.1.2.3')).toEqual([]);
  });

  it('takes a full date from a dateline without needing a year hint, but not a date later in the sentence', () => {
    expect(datelineDate('Riyadh, September 17, 2025, SPA -- At the invitation of', null)?.iso).toBe('2025-09-17');
    expect(datelineDate('The talks, which began on September 17, 2025, ended', null)).toBeNull();
  });

  it('tidies bylines: role or place after the name, all-capital names; desks stay as printed', () => {
    expect(tidyByline('Ahmed Khan Staff Reporter')).toBe('Ahmed Khan');
    expect(tidyByline('ZHAO YANRONG in Beijing')).toBe('Zhao Yanrong');
    expect(tidyByline('NAIMAT KHAN')).toBe('Naimat Khan');
    expect(tidyByline('Staff Reporter')).toBe('Staff Reporter');
    expect(tidyByline('HT News Desk')).toBe('HT News Desk');
    expect(tidyByline('Jane van der Berg')).toBe('Jane van der Berg');
  });

  it('reads "X Report" and "X Bureau" desk lines, and every agency after "with"', () => {
    expect(parseBylineLine('Recorder Report', 2)?.byline).toBe('Recorder Report');
    expect(parseBylineLine('ET Bureau', 2)?.byline).toBe('ET Bureau');
    expect(parseBylineLine('Kate Hairsine with dpa, Reuters', 5)?.byline).toBe('Kate Hairsine | dpa | Reuters');
  });

  it('credits only the agencies of "Source: <site> and news agencies", and reads bracketed credits', () => {
    expect(creditLine('Source: Al Jazeera and news agencies')).toBe('Agencies');
    expect(creditLine('(With input from Xinhua)')).toBe('Xinhua');
    expect(creditLine('Source: Foreign Office')).toBe('Foreign Office');
  });

  it('tells site sentences from reporting: paywalls, promos, syndication notes, wire standards and credits', () => {
    const furniture = [
      'Unlock more articles with a subscription. Subscribe now for unlimited access to SCMP.',
      'Catch all the Latest World News along with breaking news on Hindustan Times.',
      'Follow the latest news on Khaleej Times.',
      '(This story has not been edited by DH staff and is published from a syndicated feed.)',
      'Our Standards: The Thomson Reuters Trust Principles.',
      'Reporting by Ariba Shahid in Karachi; Additional reporting by Liz Lee in Beijing; Editing by Kim Coghill',
      'Support Our Journalism',
    ];
    for (const line of furniture) expect([line, matchBoilerplate(line, words(line))]).toEqual([line, expect.anything()]);
    const reporting = [
      'Subscribers to the fund were unlocked from their contracts, the ministry said.',
      'The agency said its standards for reporting were under review after the complaint.',
      'Officials said the reporting by local media had been accurate.',
    ];
    for (const line of reporting) expect([line, matchBoilerplate(line, words(line))]).toEqual([line, null]);
  });
});
