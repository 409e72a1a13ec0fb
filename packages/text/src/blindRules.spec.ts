import { importArticle } from './importArticle.js';
import { inlineDateline } from './meta/dateline.js';
import { tidyByline } from './meta/byline.js';
import { creditLine } from './meta/wire.js';
import { matchBoilerplate } from './lines/vocabulary.js';

const paragraphs = (text: string): string[] => {
  const a = importArticle({ text });
  return a.paragraphs.map((p) => a.body.slice(p.start, p.end));
};

describe('rules drawn from the blind3 pages, each on a layout of its own', () => {
  it('layout: joint statement copied out of a PDF (hard line breaks, upper-case run-ons, hyphenated words)', () => {
    const text = [
      'Press Release No. 57/2026',
      'Joint Statement on the Third Meeting of the Pakistan-Turkiye High-Level',
      'Strategic Cooperation Council',
      'The Third Meeting of the Pakistan-Turkiye High-Level Strategic Cooperation',
      'Council was held in Ankara on 12 February 2026. The Prime Minister of Pakistan',
      'Shehbaz Sharif and the President of the Republic of Turkiye Recep Tayyip',
      'Erdogan co-chaired the meeting and reviewed the entire range of bilateral',
      'relations, including trade, defence industry and energy coopera-',
      'tion between the two brotherly countries.',
      'The two sides signed agreements on agriculture, education and mining, and',
      'agreed to raise bilateral trade to five billion dollars in the next three years.',
      'Page 1 of 1',
    ].join('\n');
    const a = importArticle({ text });
    expect(a.headline).toBe('Joint Statement on the Third Meeting of the Pakistan-Turkiye High-Level Strategic Cooperation Council');
    expect(paragraphs(text)[0]).toMatch(
      /^The Third Meeting .* Council was held in Ankara .* Shehbaz Sharif and the President .* Recep Tayyip Erdogan co-chaired/,
    );
    expect(a.body).toContain('energy cooperation between');
    expect(a.body).not.toContain('Page 1 of 1');
  });

  it('layout: lines of web paragraphs pasted as text are never joined as if printed', () => {
    const text = [
      'Pakistan and Turkiye sign trade deals',
      'ANKARA: Pakistan and Turkiye signed several agreements on Wednesday during the third meeting of their strategic council, officials said.',
      'Related Stories',
      'Erdogan to visit Islamabad next month',
      'Turkish firms eye Pakistani textile market',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'ANKARA: Pakistan and Turkiye signed several agreements on Wednesday during the third meeting of their strategic council, officials said.',
    ]);
  });

  it('layout: Gulf agency dateline with an ordinal day and comma before the year, "ABU DHABI, 19th May, 2026 (WAM) --"', () => {
    expect(inlineDateline('ABU DHABI, 19th May, 2026 (WAM) -- The UAE and Pakistan held talks.')).toMatchObject({
      place: 'ABU DHABI',
      wire: 'WAM',
    });
    expect(inlineDateline('DUBAI, May 3rd (WAM) -- Talks were held.')).toMatchObject({ place: 'DUBAI', wire: 'WAM' });
  });

  it('layout: place + agency dateline without a separator, "New Delhi, Jun 16 (PTI) India and …"', () => {
    expect(inlineDateline('New Delhi, Jun 16 (PTI) India and the EU concluded talks.')).toMatchObject({ place: 'New Delhi', wire: 'PTI' });
    expect(inlineDateline('New Delhi India and the EU concluded talks.')).toBeNull();
  });

  it('layout: agency-first and slash datelines ("ISLAMABAD, Jan 5 (APP):", "ISLAMABAD, JAN 5 /DNA/ –")', () => {
    expect(inlineDateline('ISLAMABAD, Jan 5 (APP): Pakistan and China met.')).toMatchObject({ place: 'ISLAMABAD', wire: 'APP' });
    expect(inlineDateline('ISLAMABAD, JAN 5 /DNA/ – Pakistan and China met.')).toMatchObject({ place: 'ISLAMABAD', wire: 'DNA' });
  });

  it('layout: Chinese broadcaster closing with "Source(s): Xinhua"; its own name there is no wire credit', () => {
    expect(creditLine('Source(s): Xinhua')).toBe('Xinhua');
    const page = (source: string): string =>
      `China, Pakistan review corridor projects\nUpdated 19:45, 22-Apr-2026\nChina and Pakistan reviewed progress on energy and transport projects under the corridor in Beijing on Wednesday, officials said.\nSource(s): ${source}`;
    expect(importArticle({ text: page('Xinhua'), url: 'https://news.cgtn.com/news/2026-04-22/x.html' }).wireCredit).toBe('Xinhua');
    expect(importArticle({ text: page('CGTN'), url: 'https://news.cgtn.com/news/2026-04-22/x.html' }).wireCredit).toBeNull();
  });

  it('layout: all-capital author list under the headline, "SAIMA SHABBIR AND NAIMAT KHAN"', () => {
    const a = importArticle({
      text: 'Pakistan assures China of security for its nationals\nAHMED KHAN AND SARA ALI\nISLAMABAD: Pakistan on Monday assured China of security for its nationals as the two countries held talks in the capital, officials said.',
    });
    expect(a.byline).toBe('Ahmed Khan and Sara Ali');
    expect(tidyByline('SAIMA SHABBIR AND NAIMAT KHAN')).toBe('Saima Shabbir and Naimat Khan');
  });

  it('layout: byline with role and employer, "Jorge Liboreiro, Senior Brussels correspondent, Euronews"', () => {
    const a = importArticle({
      text: 'EU and India close in on trade deal\nMaria Lopez, Senior Brussels correspondent, Euronews\nThe European Union and India wrapped up another round of negotiations on a free trade agreement in Brussels on Tuesday, officials said.',
    });
    expect(a.byline).toBe('Maria Lopez');
  });

  it('layout: labelled lines ("Editor: Li Min", "Source: Xinhua") are never bylines', () => {
    const a = importArticle({
      text: 'China, Pakistan hold talks\nSource: Xinhua | 2026-05-18 21:04\nISLAMABAD, May 18 (Xinhua) -- Chinese and Pakistani foreign ministers held talks on Monday and agreed to deepen cooperation, officials said.\nEditor: Li Min',
    });
    expect(a.byline).toBeNull();
    expect(a.body).not.toContain('Li Min');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-05-18');
  });

  it('layout: wire copy signed off "— Reuters" on its own line, then a site promo written as a sentence', () => {
    const text = [
      'Pakistan, China hold security talks',
      'Pakistan and China on Monday held a fresh round of strategic talks focused on the security of Chinese nationals working in the country.',
      'Beijing has repeatedly pressed Islamabad to improve protection for its citizens working on corridor projects.',
      '— Reuters',
      'Get every score, every wicket and every stat with our cricket hub, a one stop destination for fans everywhere.',
    ].join('\n');
    const a = importArticle({ text });
    expect(a.wireCredit).toBe('Reuters');
    expect(paragraphs(text).at(-1)).toMatch(/^Beijing has repeatedly pressed/);
  });

  it('layout: a page compiled from two wires keeps both parts, each signed off', () => {
    const text = [
      'Talks held as attacks continue',
      'Pakistan and China held talks on Monday on the security of Chinese nationals working in the country, officials said.',
      '— Reuters',
      'Separately, the two sides agreed to set up a joint working group on counter-terrorism, the foreign ministry said.',
      '— AFP',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(2);
    expect(importArticle({ text }).wireCredit).toBe('Reuters, AFP');
  });

  it('layout: business paper with "Last Updated" in the header and "First Published" in the tail', () => {
    const a = importArticle({
      text: 'India, EU conclude trade talks\nLast Updated : Jun 17 2026 | 12:05 AM IST\nNew Delhi, Jun 16 (PTI) India and the European Union have concluded another round of negotiations for the proposed free trade agreement, an official said.\nFirst Published: Jun 16 2026 | 11:52 PM IST',
    });
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-06-16');
  });

  it('layout: newsletter box with a privacy note inside the body', () => {
    expect(matchBoilerplate('Your privacy is important to us. Unsubscribe at any time.', 10)?.reason).toBe('newsletter');
    expect(matchBoilerplate('We will send it to you. You can unsubscribe anytime.', 10)?.reason).toBe('newsletter');
  });

  it('layout: a date "3 March 2026" alone above the headline is a date, not the headline', () => {
    const a = importArticle({
      text: '3 March 2026\nIndia and EU race to close trade deal\nIndia and the European Union have concluded another round of negotiations on a free trade agreement in New Delhi, officials said.',
    });
    expect(a.headline).toBe('India and EU race to close trade deal');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-03-03');
  });

  it('layout: scraped page without its date strip; a related teaser’s date is never the publication date', () => {
    const a = importArticle({
      text: 'Pakistan, China talks focus on security\nBy Ayaz Gul\nISLAMABAD — Pakistan and China held high-level talks Monday focused on the security of Chinese citizens working in the country.\nRelated\nChinese engineers killed in attack\nMarch 26, 2026\nOfficials said the two sides agreed to set up a new joint working group on security cooperation.',
    });
    expect(a.publishedAt).toBeNull();
    expect(a.byline).toBe('Ayaz Gul');
  });

  it('layout: Chinese sites’ English pages, "By Xinhua | Updated: 2026-05-18 21:04" and "Updated 19:45, 22-Apr-2026"', () => {
    const body =
      'Chinese and Pakistani officials held talks in Beijing and agreed to deepen cooperation on energy and transport, officials said.';
    expect(importArticle({ text: `Talks held in Beijing\nBy Xinhua | Updated: 2026-05-18 21:04\n${body}` })).toMatchObject({
      wireCredit: 'Xinhua',
      byline: null,
      publishedAt: expect.stringMatching(/^2026-05-18/),
    });
    expect(importArticle({ text: `Talks held in Beijing\nUpdated 19:45, 22-Apr-2026\n${body}` }).publishedAt?.slice(0, 10)).toBe(
      '2026-04-22',
    );
  });

  it('layout: Chinese agency info line with bars and no spaces, "Source: Xinhua| 2026-05-18 22:10:31|Editor: huaxia"', () => {
    expect(creditLine('Source: Xinhua| 2026-05-18 22:10:31|Editor: huaxia')).toBe('Xinhua');
    expect(creditLine('Source: Foreign Office | Islamabad')).toBe('Foreign Office | Islamabad');
  });

  it('layout: Indian broadcaster printing its editor in the byline place, "Edited by: Sanya Jain | Updated: June 16, 2026"', () => {
    const body = 'India and the European Union concluded another round of trade talks in Brussels on Tuesday, officials said.';
    const a = importArticle({ text: `India-EU talks end\nEdited by: Asha Rao | Updated: June 16, 2026 11:40 pm IST\n${body}` });
    expect([a.byline, a.publishedAt?.slice(0, 10)]).toEqual(['Asha Rao', '2026-06-16']);
    // A wire story's closing credits stay closing credits.
    const wire = importArticle({ text: `India-EU talks end\nBy Asha Rao\n${body}\nEditing by Kim Coghill` });
    expect([wire.byline, wire.body.includes('Kim Coghill')]).toEqual(['Asha Rao', false]);
  });
});
