import { tidyByline } from './byline.js';
import { inlineDateline } from './dateline.js';
import { findDates } from './dates.js';
import { creditLine } from './wire.js';

describe('rules drawn from the blind5 pages, each with the near misses that must not change', () => {
  it('a date label ends a credit line (Chinese tabloid print view: "Source: Global Times Published: 2026/9/14 23:05:41")', () => {
    expect(creditLine('Source: Global Times Published: 2026/9/14 23:05:41')).toBe('Global Times');
    expect(creditLine('Source: Xinhua Updated: 2026-05-18')).toBe('Xinhua');
    // Near misses: a plain credit, and a credit whose name is not followed by a date label.
    expect(creditLine('Source: Xinhua')).toBe('Xinhua');
    expect(creditLine('Source: Foreign Office')).toBe('Foreign Office');
  });

  it('title-cases capital names joined by a lower-case "and" (global agency: "By MUNIR AHMED and MATTHEW LEE")', () => {
    expect(tidyByline('MUNIR AHMED and MATTHEW LEE')).toBe('Munir Ahmed and Matthew Lee');
    expect(tidyByline('SAIMA SHABBIR AND NAIMAT KHAN')).toBe('Saima Shabbir and Naimat Khan');
    // Near misses: mixed-case names and desks stay as printed.
    expect(tidyByline('Chen Qingqing and Liu Xin')).toBe('Chen Qingqing and Liu Xin');
    expect(tidyByline('HT News Desk')).toBe('HT News Desk');
  });

  it('reads a date printed without a space after the comma (Pakistani TV site: "14 September,2026 11:52 pm")', () => {
    expect(findDates('14 September,2026 11:52 pm').map((d) => d.iso)).toEqual(['2026-09-14']);
    expect(findDates('September 14,2026').map((d) => d.iso)).toEqual(['2026-09-14']);
    // Near misses: a count after a day ("May 5,000 people") and the usual forms.
    expect(findDates('by May 5,000 people had left')).toEqual([]);
    expect(findDates('5 February 2025 and Feb. 5, 2025').map((d) => d.iso)).toEqual(['2025-02-05', '2025-02-05']);
  });

  it('reads the agency between slashes or brackets before a full stop (Russian agency: "BEIJING, September 14. /TASS/.")', () => {
    expect(inlineDateline('BEIJING, September 14. /TASS/. China and Pakistan have agreed')).toMatchObject({ place: 'BEIJING', wire: 'TASS' });
    expect(inlineDateline('Madrid, Sep 14 (EFE).- The Spanish government said')).toMatchObject({ place: 'Madrid', wire: 'EFE' });
    // Near misses: a sentence that ends with a bracketed abbreviation, and a plain sentence.
    expect(inlineDateline('Officials met the Belt and Road Initiative (BRI). The talks went on')).toBeNull();
    expect(inlineDateline('Pakistan and China agreed on Monday.')).toBeNull();
  });

  it('reads an agency printed before the place (Italian agency: "(ANSA) - BRUSSELS, SEPTEMBER 16 -")', () => {
    expect(inlineDateline('(ANSA) - BRUSSELS, SEPTEMBER 16 - The European Union and Pakistan')).toMatchObject({
      place: 'BRUSSELS',
      wire: 'ANSA',
    });
    expect(inlineDateline('(AFP) - PARIS: France said')).toMatchObject({ place: 'PARIS', wire: 'AFP' });
    // Near miss: a bracketed aside at the start of a sentence is no dateline.
    expect(inlineDateline('(File photo) - Pakistan and China agreed')).toBeNull();
  });
});
