import { importArticle } from '../importArticle.js';
import { matchBoilerplate } from '../lines/vocabulary.js';
import { tidyByline } from './byline.js';
import { nameFromHost } from './outlet.js';

const words = (t: string): number => t.split(/\s+/).length;
const isJunk = (line: string): boolean => matchBoilerplate(line, words(line)) !== null;

describe('rules drawn from the blind7 pages, each with the near misses that must not change', () => {
  it('drops a beat and role printed before the name (Australian broadcaster: "By South Asia correspondent Avani Dias")', () => {
    expect(tidyByline('South Asia correspondent Avani Dias')).toBe('Avani Dias');
    expect(tidyByline('Political editor Laura Kuenssberg')).toBe('Laura Kuenssberg');
    // Near misses: a desk, a role after the name, and a plain name stay as before.
    expect(tidyByline('Our Staff Reporter')).toBe('Our Staff Reporter');
    expect(tidyByline('Ahmed Khan Staff Reporter')).toBe('Ahmed Khan');
    expect(tidyByline('Avani Dias')).toBe('Avani Dias');
  });

  it('a feed note naming the agency service and a disclaimer of responsibility close the story (Indian portal: "auto-generated from PTI news service")', () => {
    expect(isJunk('This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.')).toBe(true);
    // Near miss: reporting about generated content.
    expect(isJunk('The ministry said the report was generated from data held by the PTI and other services.')).toBe(false);
  });

  it('save prompts, text-size controls and licensing links are furniture (Australian daily)', () => {
    for (const line of [
      'Log in, register or subscribe to save articles for later.',
      'Normal text size',
      'Very large text size',
      'License this article',
    ])
      expect(isJunk(line)).toBe(true);
    // Near misses: sentences about saving, sizes or licences.
    for (const line of [
      'Register now to save on fees, the ministry told exporters on Tuesday.',
      'The text size of the agreement was not disclosed.',
      'The ministry will license this technology to Indian firms.',
    ])
      expect(isJunk(line)).toBe(false);
  });

  it("a heading that repeats the page's <title> is the headline when there is no title metadata or single <h1> (Turkish presidency page)", () => {
    const page = (heading: string): string | null =>
      importArticle({
        html: `<html><head><title>Joint Declaration of the Eighth Meeting of the Council</title></head><body>
          <div class="logo">Republic of Türkiye Directorate of Communications</div>
          <h2 class="title">${heading}</h2>
          <p>1- The Eighth Meeting of the Council was held in Ankara on 20 October 2026 under the co-chairmanship of the two leaders.</p>
          <p>2- The two leaders agreed to raise bilateral trade to 5 billion US dollars over the coming years.</p></body></html>`,
      }).headline;
    expect(page('Joint Declaration of the Eighth Meeting of the Council')).toBe('Joint Declaration of the Eighth Meeting of the Council');
    // Near miss: a title no heading repeats declares nothing (the lines decide, as before).
    expect(page('Declaration on trade and energy')).not.toBe('Joint Declaration of the Eighth Meeting of the Council');
  });

  it('an e-paper page header gives the date and the paper, and jump lines are furniture (Pakistani e-paper paste)', () => {
    const a = importArticle({
      text: [
        'The News International, Islamabad, Wednesday, October 21, 2026, Page 1',
        'Pakistan, Turkiye sign 24 accords at HLSCC meeting',
        'Mumtaz Alvi',
        'ANKARA: Pakistan and Turkiye on Tuesday signed 24 agreements as the two leaders co-chaired the council meeting.',
        'Continued on page 7',
        'From Page 1',
        'Addressing a joint press conference, Erdogan said Turkiye would always stand by Pakistan.',
      ].join('\n'),
    });
    expect(a.headline).toBe('Pakistan, Turkiye sign 24 accords at HLSCC meeting');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-10-21');
    expect(a.byline).toBe('Mumtaz Alvi');
    expect(a.outlet.name).toBe('The News International');
    expect(a.body).not.toMatch(/Continued on page|From Page/);
    expect(a.body).toContain('Addressing a joint press conference');
    // Near misses: a sentence that mentions a page, and a dated sentence ending with a page number, stay.
    expect(isJunk('The report continued on page after page of figures.')).toBe(false);
    const sentence = importArticle({
      text: [
        'Pakistan, Turkiye sign 24 accords at HLSCC meeting',
        'ANKARA: Pakistan and Turkiye on Tuesday signed 24 agreements, the paper reported on October 21, 2026, page 3.',
        'The two leaders agreed to raise bilateral trade to $5 billion, officials said.',
      ].join('\n'),
    });
    expect(sentence.body).toContain('the paper reported on October 21, 2026, page 3.');
  });

  describe('rules found by pasting the HTML fixtures as text (40 pages: 13 right before, 20 after)', () => {
    it('a row of section links is navigation, not the headline (pasted site menus: "Home Pakistan World Business")', () => {
      for (const row of ['Home Pakistan World Business', 'World China Opinions Video Live', 'Home | China | World | Business | Opinion'])
        expect(matchBoilerplate(row, words(row))?.reason).toBe('navigation');
      // Near misses: headlines that name a section or a place.
      for (const line of ['World Business Leaders Meet in Davos', 'Pakistan, China sign business deals', 'Live updates from Beijing talks'])
        expect(matchBoilerplate(line, words(line))).toBeNull();
    });

    it('official-site and cookie banners are furniture (US government page, EU institution page)', () => {
      expect(isJunk('An official website of the United States Government')).toBe(true);
      expect(isJunk('We use cookies to give you the best possible experience on our website.')).toBe(true);
      // Near miss: reporting about cookies or official websites.
      expect(isJunk('The ministry said an official website of the council would publish the text on Monday.')).toBe(false);
    });

    it('a logo line ending with the issuing body is no headline (Turkish presidency and Australian ministry pages pasted)', () => {
      const headline = (logo: string): string | null =>
        importArticle({
          text: [
            logo,
            'Joint Declaration of the Eighth Meeting of the Council',
            '1- The Eighth Meeting of the Council was held in Ankara on 20 October 2026 under the two leaders.',
            '2- The two leaders agreed to raise bilateral trade to 5 billion US dollars over the coming years.',
          ].join('\n'),
        }).headline;
      expect(headline('Republic of Türkiye Directorate of Communications')).toBe('Joint Declaration of the Eighth Meeting of the Council');
      expect(headline('Australian Government — Department of Foreign Affairs and Trade')).toBe(
        'Joint Declaration of the Eighth Meeting of the Council',
      );
    });

    it('an unknown host of three letters or fewer is named as an acronym (aggregator: msn.com)', () => {
      expect(nameFromHost('www.msn.com')).toBe('MSN');
      // Near misses: longer hosts are title-cased as before.
      expect(nameFromHost('daily-example.com.pk')).toBe('Daily Example');
      expect(nameFromHost('newsline.com')).toBe('Newsline');
    });
  });

  describe('rules drawn from the blind8 pages (written after the blind7 rules: 2 of 5 right on the first run)', () => {
    it('a month name is cut from the end of a byline only as a whole word (US daily: "By Mujib Mashal and Hari Kumar")', () => {
      const byline = (line: string): string | null =>
        importArticle({
          text: [
            'India and Australia deepen defense ties',
            line,
            'India and Australia agreed on Wednesday to expand military exercises in the Indian Ocean.',
          ].join('\n'),
        }).byline;
      expect(byline('By Mujib Mashal and Hari Kumar')).toBe('Mujib Mashal and Hari Kumar');
      // Near miss: a month glued after the name still goes ("Danson Cheong Jan 05, 2026").
      expect(byline('By Danson Cheong Jan 05, 2026')).toBe('Danson Cheong');
    });

    it('the print-version note of a US daily closes the story however long (US daily paste)', () => {
      const note =
        'A version of this article appears in print on Oct. 22, 2026, Section A, Page 9 of the New York edition with the headline: India and Australia Bolster Ties.';
      expect(matchBoilerplate(note, words(note))?.reason).toBe('footer');
      // Near miss: a sentence about a version of a text in print.
      expect(isJunk('A version of the joint statement appears in print in both languages, officials said.')).toBe(false);
    });

    it('"For the latest … news from X, follow us on …" is a promotion (Pakistani TV page)', () => {
      expect(isJunk('For the latest international news from ARY News, follow us on our social media handles.')).toBe(true);
      // Near miss: reporting that mentions the latest news.
      expect(isJunk('For the latest talks, the ministers followed a new format agreed last year.')).toBe(false);
    });

    it('an agency end marker after the last sentence keeps the paragraph and is not joined with the initials under it (Kuwaiti agency: "… after the meeting. (end)" / "nsr.gb")', () => {
      const a = importArticle({
        text: [
          'Turkiye, Pakistan sign 24 cooperation agreements',
          'ANKARA, Oct 20 (KUNA) -- Turkiye and Pakistan signed on Tuesday 24 agreements during the council meeting in Ankara.',
          'The two leaders held a joint news conference after the meeting. (end)',
          'nsr.gb',
        ].join('\n'),
      });
      const last = a.body.slice(a.paragraphs.at(-1)?.start, a.paragraphs.at(-1)?.end);
      expect(last).toBe('The two leaders held a joint news conference after the meeting. (end)');
      // Near miss: "the end" as words of a sentence is no marker.
      const b = importArticle({
        text: [
          'Talks go on',
          'ANKARA, Oct 20 (KUNA) -- Turkiye and Pakistan said the talks would go on until the end',
          'of the week, officials said.',
        ].join('\n'),
      });
      expect(b.body).toContain('until the end of the week');
    });
  });

  describe('rules found by importing the HTML fixtures without their head metadata (41 pages: 34 right before, 37 after)', () => {
    const page = (lines: string[]): ReturnType<typeof importArticle> =>
      importArticle({
        text: [
          'Pakistan, US agree to boost counterterrorism cooperation',
          ...lines,
          'KARACHI, Pakistan (Reuters) - Pakistan and the United States agreed on Thursday to boost counterterrorism cooperation.',
          'The two sides will meet again next year in Islamabad, officials said.',
        ].join('\n'),
      });

    it('an "Edited By" line under the headline names the byline when no writer is named (Indian live blog)', () => {
      expect(page(['Edited By Saurabh Kumar']).byline).toBe('Saurabh Kumar');
      // Near miss: a writer named first keeps the byline.
      expect(page(['By Ahmed Khan', 'Edited By Saurabh Kumar']).byline).toBe('Ahmed Khan');
    });

    it('the dash between a credited agency and its date goes with the date (US paper: "By Reuters - Thursday, September 17, 2026")', () => {
      const a = page(['By Reuters - Thursday, September 17, 2026']);
      expect(a.byline).toBeNull();
      expect(a.wireCredit).toBe('Reuters');
      // Near miss: a hyphenated name keeps its hyphen.
      expect(page(['By Jean-Paul Martin']).byline).toBe('Jean-Paul Martin');
    });

    it('an agency credit printed in capitals is written as the agency spells it (Japanese daily: "KYODO")', () => {
      expect(page(['KYODO']).wireCredit).toBe('Reuters, Kyodo');
      // Near miss: agencies whose name is an acronym stay in capitals.
      expect(page(['AFP']).wireCredit).toBe('Reuters, AFP');
    });
  });
});
