import { importArticle } from '../importArticle.js';
import { matchBoilerplate } from '../lines/vocabulary.js';

const words = (t: string): number => t.split(/\s+/).length;

describe('rules drawn from the blind6 leftovers, each with the near misses that must not change', () => {
  it('a summary over the first of several entry stamps opens a live blog\'s body (Indian business paper live blog: summary, then "29 Aug 2026, 06:12 PM IST" entries)', () => {
    const page = (stamps: string[]): ReturnType<typeof importArticle> =>
      importArticle({
        text: [
          'PM Modi Japan visit LIVE updates: India, Japan sign chip pact',
          'Edited By Saurabh Kumar',
          'Prime Minister Narendra Modi and Prime Minister Sanae Takaichi held the 16th annual summit in Tokyo on Saturday.',
          stamps[0],
          'The two countries released a joint statement launching an economic security initiative.',
          ...(stamps[1] ? [stamps[1], 'Delegation-level talks began at the Kantei with trade and defence on the agenda.'] : []),
          ...(stamps[2] ? [stamps[2], "Modi arrived at the Prime Minister's Office in Tokyo, where he was received."] : []),
        ].join('\n'),
      });
    const live = page(['29 Aug 2026, 06:12 PM IST', '29 Aug 2026, 01:40 PM IST', '29 Aug 2026, 12:55 PM IST']);
    expect(live.body.startsWith('Prime Minister Narendra Modi and Prime Minister Sanae Takaichi')).toBe(true);
    expect(live.standfirst).toBeNull();
    // Near miss: a dek over the article's one date line is still a standfirst.
    const article = page(['29 Aug 2026, 06:12 PM IST']);
    expect(article.standfirst).toMatch(/^Prime Minister Narendra Modi/);
    expect(article.body.startsWith('The two countries released')).toBe(true);
  });

  it('a live blog\'s "follow / refresh the page" note is furniture (Indian news live blog)', () => {
    const note = "Follow for latest updates on Modi's US visit. Refresh the page for the latest.";
    expect(matchBoilerplate(note, words(note))?.reason).toBe('navigation');
    // Near misses: reporting that mentions following or refreshing.
    for (const line of [
      'Officials said they would follow the latest updates from Washington closely.',
      'The ministry will refresh its guidance on the page of its website next week.',
    ])
      expect(matchBoilerplate(line, words(line))).toBeNull();
  });

  const statement = (title: string[], tail: string[] = []): ReturnType<typeof importArticle> =>
    importArticle({
      text: [
        ...title,
        '1. Prime Minister of India Shri Narendra Modi paid an official visit to Japan',
        'on 29 August 2026 for the 16th India-Japan Annual Summit with Prime Minister',
        'of Japan Sanae Takaichi.',
        '2. The two Prime Ministers set a target of 10 trillion yen in public and private',
        'investment from Japan to India over the next ten years and launched the',
        'India-Japan Economic Security Initiative.',
        'Page 1 of 2',
        '3. The two Prime Ministers decided to hold the next annual summit in India in',
        '2027.',
        ...tail,
      ].join('\n'),
    });

  it('numbered paragraphs copied out of a PDF are joined across their line breaks, and page numbers are furniture (Indian ministry joint statement PDF)', () => {
    const a = statement(['INDIA-JAPAN JOINT STATEMENT ON THE 16TH ANNUAL SUMMIT'], ['Tokyo', 'August 29, 2026', 'Page 2 of 2']);
    const paragraphs = a.paragraphs.map((p) => a.body.slice(p.start, p.end));
    expect(paragraphs.map((p) => p.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(paragraphs[0]).toContain('visit to Japan on 29 August 2026 for the 16th');
    expect(paragraphs[2].endsWith('in India in 2027.')).toBe(true);
    expect(a.body).not.toContain('Page 1 of 2');
    expect(a.droppedLines.find((d) => d.text === 'Page 2 of 2')?.reason).toBe('footer');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-08-29');
    // Near misses: short date furniture in lower case under a headline stays its own line, and "Page 3 of the
    // report" style prose is no page number.
    expect(matchBoilerplate('Page 3', 2)?.reason).toBe('footer');
    expect(matchBoilerplate('Page three of the report was withheld', 7)).toBeNull();
    const furniture = importArticle({
      text: [
        'Pakistan and China sign agreements on trade and security',
        'updated on 5 Feb 2025, 10:12pm',
        'Pakistan and China signed several agreements on Wednesday, officials said in Islamabad.',
      ].join('\n'),
    });
    expect(furniture.body.startsWith('Pakistan and China signed')).toBe(true);
  });

  it('a PDF copied with a blank line after every printed line reads like one without (viewer copy of the same statement)', () => {
    const lines = [
      'INDIA-JAPAN JOINT STATEMENT ON THE 16TH ANNUAL',
      'SUMMIT',
      '1. Prime Minister of India Shri Narendra Modi paid an official visit to Japan',
      'on 29 August 2026 for the 16th India-Japan Annual Summit with Prime Minister',
      'of Japan Sanae Takaichi.',
      '2. The two Prime Ministers set a target of 10 trillion yen in public and private',
      'investment from Japan to India over the next ten years and launched the',
      'India-Japan Economic Security Initiative.',
    ];
    const a = importArticle({ text: lines.join('\n\n') });
    expect(a.headline).toBe('INDIA-JAPAN JOINT STATEMENT ON THE 16TH ANNUAL SUMMIT');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[1].lineIndex).toBe(10);
    // Near miss: a web paste with a blank line between short one-line paragraphs keeps every paragraph.
    const web = importArticle({
      text: [
        'Pakistan and China agree to expand CPEC cooperation',
        'Pakistan and China agreed on Monday to expand cooperation under CPEC.',
        'The two sides also agreed to set up a joint task force on security.',
        'The Foreign Office said the talks in Beijing were productive.',
        'Dar returned to Islamabad on Tuesday after the talks.',
        'The next round will be held in Islamabad next year, officials said.',
      ].join('\n\n'),
    });
    expect(web.paragraphs).toHaveLength(5);
  });

  it('in printed text a full-width title does not run on into a dateline under it (bench PDF of a seed: "… strategic cooperation" / "Beijing : Pakistan and China …")', () => {
    const body = [
      'Pakistan-China dialogue reaffirms CPEC 2.0, strengthens security and strategic cooperation',
      'Beijing : Pakistan and China have reiterated their unwavering support for each other on',
      'core national interests, further solidifying the strength and resilience of their',
      'strategic partnership, officials said after the talks in the Chinese capital on Monday.',
      'This reaffirmation came in a joint statement issued after the Seventh Round of the',
      'China-Pakistan Foreign Ministers Strategic Dialogue, held in Beijing. The meeting was',
      'co-chaired by Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan and Chinese',
      'Foreign Minister Wang Yi.',
    ];
    const a = importArticle({ text: body.join('\n') });
    expect(a.headline).toBe(body[0]);
    expect(a.body.startsWith('Beijing : Pakistan and China have reiterated')).toBe(true);
    // Near miss: a full-width line that runs on into a capitalised name still joins ("… Foreign Minister" / "Wang Yi").
    expect(a.body).toContain('Ishaq Dar of Pakistan and Chinese Foreign Minister Wang Yi.');
  });

  it('a title in capitals broken over two lines is one headline (Indian ministry PDF: "… ON THE 16TH ANNUAL" / "SUMMIT")', () => {
    expect(statement(['INDIA-JAPAN JOINT STATEMENT ON THE 16TH ANNUAL', 'SUMMIT']).headline).toBe(
      'INDIA-JAPAN JOINT STATEMENT ON THE 16TH ANNUAL SUMMIT',
    );
    // Near misses: a capital place under the title, and an issuer stack above it, stay apart.
    const placed = statement(['JOINT STATEMENT ON THE VISIT OF THE PRIME MINISTER OF INDIA', 'TOKYO']);
    expect(placed.headline).toBe('JOINT STATEMENT ON THE VISIT OF THE PRIME MINISTER OF INDIA');
    const issuer = statement(['MINISTRY OF EXTERNAL AFFAIRS', 'GOVERNMENT OF INDIA', 'INDIA-JAPAN JOINT STATEMENT ON SPECIAL PARTNERSHIP']);
    expect(issuer.headline).toBe('INDIA-JAPAN JOINT STATEMENT ON SPECIAL PARTNERSHIP');
  });

  it('an agency name alone above the headline is its masthead; the story\'s own "(PPI)" names the wire (Pakistani agency paste)', () => {
    const page = (lines: string[]): ReturnType<typeof importArticle> =>
      importArticle({
        url: 'https://www.ppi.com.pk/pakistan-china-agree/',
        text: [
          ...lines,
          'ISLAMABAD: Pakistan and China have agreed to expand cooperation under CPEC, the Foreign Office said on Monday.',
          'Dar returned to Islamabad on Tuesday after the talks. (PPI)',
        ].join('\n'),
      });
    const a = page(['Pakistan Press International', 'Pakistan, China agree to expand CPEC cooperation']);
    expect(a.wireCredit).toBe('PPI');
    expect(a.outlet.name).toBe('Pakistan Press International');
    expect(a.droppedLines.find((d) => d.text === 'Pakistan Press International')?.reason).toBe('brand');
    // Convention: a credit inside a paragraph stays in the body, as the dateline's "(APP)" does.
    expect(a.body).toContain('after the talks. (PPI)');
    // Near miss: a credit line above the headline ("Source: Xinhua") is still a credit, first as printed.
    expect(page(['Source: Xinhua', 'Pakistan, China agree to expand CPEC cooperation']).wireCredit).toBe('Xinhua, PPI');
  });
});
