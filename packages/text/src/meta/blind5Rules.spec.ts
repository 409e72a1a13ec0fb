import { importArticle } from '../importArticle.js';
import { isDeskByline, parseBylineLine, tidyByline } from './byline.js';
import { isPersonName } from './names.js';
import { matchBoilerplate } from '../lines/vocabulary.js';
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
    expect(inlineDateline('BEIJING, September 14. /TASS/. China and Pakistan have agreed')).toMatchObject({
      place: 'BEIJING',
      wire: 'TASS',
    });
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

  it('a writer named with "Written By:" replaces a desk line above it (Indian TV site: "India Today World Desk" / "Written By: …")', () => {
    const page = (lines: string[]): string | null =>
      importArticle({
        text: [
          ...lines,
          'India and Japan on Saturday unveiled a roadmap for economic cooperation, officials said.',
          'The next summit will be held in India, the statement said.',
        ].join('\n'),
      }).byline;
    expect(
      page([
        'India, Japan unveil investment roadmap at summit',
        'India Today World Desk',
        'New Delhi, UPDATED: Aug 29, 2026 21:47 IST',
        'Written By: Priyanka Kumari',
      ]),
    ).toBe('Priyanka Kumari');
    // Near misses: an editor after a desk does not replace it, and a first person byline stays.
    expect(
      page(['India, Japan unveil investment roadmap at summit', 'HT News Desk', 'Aug 29, 2026 21:47 IST', 'Edited by: Sanya Jain']),
    ).toBe('HT News Desk');
    expect(
      page(['India, Japan unveil investment roadmap at summit', 'By Shubhajit Roy', 'Aug 29, 2026 21:47 IST', 'Written by: Sanya Jain']),
    ).toBe('Shubhajit Roy');
  });

  it('an edition line with an agency name is no person, and desks in Italian or Spanish are desks (Italian agency: "ANSA English", "Redazione ANSA")', () => {
    expect(isPersonName('ANSA English')).toBe(false);
    expect(isDeskByline('Redazione ANSA')).toBe(true);
    expect(isDeskByline('Redacción EFE')).toBe(true);
    expect(parseBylineLine('Redazione ANSA', 2)?.byline).toBe('Redazione ANSA');
    // Near misses: names that merely contain capital letters stay people.
    expect(isPersonName('Ahmed Khan')).toBe(true);
    expect(isPersonName('Ana Redondo')).toBe(true);
  });

  it('an appeal for the site\'s journalism is furniture (Japanese daily: "… quality journalism is more crucial than ever. By subscribing, you can help us …")', () => {
    const n = (t: string): number => t.split(/\s+/).length;
    const appeal =
      'In a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right.';
    expect(matchBoilerplate(appeal, n(appeal))?.reason).toBe('newsletter');
    // Near misses: reporting about journalism or subscribers.
    for (const line of [
      "The paper's journalism has drawn a million subscribers, its editor said.",
      'The minister said the government would support journalism schools in the provinces.',
    ])
      expect(matchBoilerplate(line, n(line))).toBeNull();
  });

  it('leaves a pull quote out of an HTML body and lists it (Indian daily: <blockquote class="pullquote">)', () => {
    const para = (t: string): string =>
      `<p>${t} The two sides discussed trade, investment and energy in detail, officials said on Saturday.</p>`;
    const html = `<html><head><title>India, Japan sign chip pact</title></head><body><h1>India, Japan sign chip pact</h1>
      ${para('India and Japan signed a pact on chips.')}<blockquote class="pullquote"><p>The pact is a bridge to the future, one official said.</p></blockquote>
      ${para('The statement welcomed the rail project.')}<blockquote><p>We will build the chips of the future together, the prime minister said in his speech.</p></blockquote>
      ${para('The next summit will be held in New Delhi.')}</body></html>`;
    const a = importArticle({ html });
    expect(a.body).not.toContain('The pact is a bridge');
    expect(a.droppedLines.some((d) => d.text.startsWith('The pact is a bridge') && d.reason === 'duplicate-line')).toBe(true);
    // Near miss: a plain quotation block is part of the story.
    expect(a.body).toContain('We will build the chips of the future together');
  });

  it('rules from blind6: a desk starting "Our" keeps its role, a bare agency opening is a credit, a story pager is navigation', () => {
    // Pakistani daily paste: "Our Staff Reporter".
    expect(tidyByline('Our Staff Reporter')).toBe('Our Staff Reporter');
    expect(tidyByline('Ahmed Khan Staff Reporter')).toBe('Ahmed Khan');
    // Chinese agency page: "(ECNS) -- Chinese Foreign Minister …".
    expect(inlineDateline('(ECNS) -- Chinese Foreign Minister Wang Yi met')).toMatchObject({ wire: 'ECNS' });
    expect(inlineDateline('(Reuters) - Pakistan said')).toMatchObject({ wire: 'Reuters' });
    expect(inlineDateline('(Updated) - Pakistan said on Monday')).toBeNull();
    // "Previous Next" pager under the story; a sentence about the next round is no pager.
    expect(matchBoilerplate('Previous Next', 2)?.reason).toBe('navigation');
    expect(matchBoilerplate('Next round next year', 4)).toBeNull();
  });
});
