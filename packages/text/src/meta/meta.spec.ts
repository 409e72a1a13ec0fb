import { parseBylineLine } from './byline.js';
import { inlineDateline, standaloneDateline } from './dateline.js';
import { findDates, normaliseDate, pickPublishedDate } from './dates.js';
import { inferOutlet } from './outlet.js';
import { creditLine, trailingCredit } from './wire.js';

describe('dates', () => {
  it('reads the common written forms and rejects impossible dates', () => {
    expect(findDates('on February 5, 2025 and 5 Feb. 2025 and 2025-02-05').map((d) => d.iso)).toEqual([
      '2025-02-05',
      '2025-02-05',
      '2025-02-05',
    ]);
    expect(findDates('06.02.2025').map((d) => d.iso)).toEqual(['2025-02-06']);
    expect(findDates('02/13/2025').map((d) => d.iso)).toEqual(['2025-02-13']);
    expect(findDates('February 30, 2025 or 31.04.2025')).toEqual([]);
  });

  it('prefers the published part of a line and attaches only a time from the same part', () => {
    expect(pickPublishedDate('BR Web Desk Published February 5, 2025 Updated February 6, 2025 10:00pm')).toMatchObject({
      iso: '2025-02-05',
      text: 'February 5, 2025',
    });
    expect(pickPublishedDate('Updated 07.02.2025 | 06.02.2025 09:15')?.iso).toBe('2025-02-06T09:15:00');
    expect(pickPublishedDate('World 02:56 PM - 2026-01-05')?.iso).toBe('2026-01-05T14:56:00');
    expect(normaliseDate('2025-02-05T17:00:00+0500')).toBe('2025-02-05T17:00:00+05:00');
    expect(normaliseDate('yesterday')).toBeNull();
  });
});

describe('bylines, datelines and credits', () => {
  it('reads byline lines and leaves headlines alone', () => {
    expect(parseBylineLine('By Jane Doe and John Roe | March 3, 2025', 9)).toMatchObject({ byline: 'Jane Doe and John Roe' });
    expect(parseBylineLine('Aamir Latif\u00a0 | 06.02.2025 - Update : 06.02.2025', 6)?.byline).toBe('Aamir Latif');
    expect(parseBylineLine('Pakistan, China agree to bolster ties', 6)).toBeNull();
  });

  it('reads datelines in upper and mixed case, with agency credits', () => {
    expect(inlineDateline('ISLAMABAD, Feb 5 (Reuters) - Pakistan said')).toMatchObject({ place: 'ISLAMABAD', wire: 'Reuters' });
    expect(inlineDateline('NEW DELHI (AP) — India said')).toMatchObject({ place: 'NEW DELHI', wire: 'AP' });
    expect(inlineDateline('Islamabad, Feb 5 (APP): The minister said')).toMatchObject({ place: 'Islamabad', wire: 'APP' });
    expect(inlineDateline('However: the talks failed.')).toBeNull();
    expect(inlineDateline('Meanwhile, Pakistan said')).toBeNull();
    expect(standaloneDateline('KARACHI, Pakistan')?.place).toBe('KARACHI');
  });

  it('reads credit lines but not abbreviations in brackets', () => {
    expect(creditLine('Source: Reuters')).toBe('Reuters');
    expect(creditLine('(APP)')).toBe('APP');
    expect(creditLine('With input from AFP')).toBe('AFP');
    expect(trailingCredit('… the ministry said. — Reuters')).toBe('Reuters');
    expect(trailingCredit('… the Belt and Road Initiative (BRI).')).toBeNull();
  });
});

describe('inferOutlet', () => {
  const none = { footerLines: [], brandLines: [], byline: null };

  it('orders clues: user, metadata, footer, URL, desk, brand', () => {
    expect(inferOutlet({ ...none, userName: 'Dawn', url: 'https://tribune.com.pk/x' })).toMatchObject({
      name: 'Dawn',
      confidence: 'STATED',
    });
    expect(inferOutlet({ ...none, footerLines: ['Copyright © 2025 Some Daily. All rights reserved.'] })).toMatchObject({
      name: 'Some Daily',
      confidence: 'STATED',
    });
    expect(inferOutlet({ ...none, url: 'https://www.unknown-news.org/a/b' })).toMatchObject({
      name: 'Unknown News',
      domain: 'unknown-news.org',
      confidence: 'INFERRED',
    });
    expect(inferOutlet({ ...none, byline: 'BR Web Desk' })).toMatchObject({ name: 'Business Recorder', confidence: 'INFERRED' });
    expect(inferOutlet({ ...none, brandLines: ['Kurdistan Media'] })).toMatchObject({ name: 'Kurdistan Media', confidence: 'INFERRED' });
    expect(inferOutlet(none)).toMatchObject({ name: null, confidence: 'UNKNOWN' });
  });
});

describe('dates in page furniture without the help of an address', () => {
  it('reads hyphenated and glued forms (layouts: "05-Feb-2025", a scrape that glued the time to the year)', () => {
    expect(pickPublishedDate('Updated 21:10, 05-Feb-2025')?.iso.slice(0, 10)).toBe('2025-02-05');
    expect(pickPublishedDate('February 5, 20254:14 PM GMT+5Updated 2 hours ago')?.iso.slice(0, 10)).toBe('2025-02-05');
    expect(pickPublishedDate('Jan. 5, 2026 at 9:40 a.m. EST')?.iso.slice(0, 10)).toBe('2026-01-05');
    expect(pickPublishedDate('Monday 5th January 2026 14:20 GMT')?.iso.slice(0, 10)).toBe('2026-01-05');
  });

  it('prefers "Published" to "Updated" in one line', () => {
    expect(
      pickPublishedDate('Updated 10:12 PM EST, Thu February 6, 2025 | Published 4:05 AM EST, Wed February 5, 2025')?.iso.slice(0, 10),
    ).toBe('2025-02-05');
  });
});
