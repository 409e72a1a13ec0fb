import { importArticle } from './importArticle.js';
import type { ImportedArticle } from './types.js';

// Layouts the seeds do not show, written to check that the heuristics are general.
const WIRE = `Skip to main content
Exclusive news, data and analytics for financial market professionals
World
Business
Markets
Pakistan's central bank holds key rate steady as inflation eases
By Ariba Shahid and Gibran Naiyyar Peshimam
March 10, 2025 3:14 PM GMT+5 Updated 2 hours ago
ISLAMABAD, March 10 (Reuters) - Pakistan's central bank kept its key policy rate unchanged at 12% on Monday, saying inflation risks from energy prices remained.
The decision by the State Bank of Pakistan (SBP) was in line with expectations. Mr. Ahmad said the U.S. tariff outlook was "uncertain."
Inflation fell to 1.5% in February, the lowest in nearly a decade, from a peak of about 38% in May 2023.
Reporting by Ariba Shahid in Karachi; Editing by Toby Chopra
Our Standards: The Thomson Reuters Trust Principles.
Suggested Topics:
Asia Pacific
`;

const NEWSPAPER = `Home
Latest
Pakistan

PM Shehbaz meets Saudi crown prince in Riyadh

Dawn.com Published October 29, 2024 Updated October 29, 2024 07:12pm

Prime Minister Shehbaz Sharif on Tuesday met Saudi Crown Prince Mohammed bin Salman in Riyadh, where the two leaders discussed bilateral ties and investment.

Advertisement

The meeting took place on the sidelines of the Future Investment Initiative conference, according to a statement from the PM Office.

Read more: Saudi Arabia pledges $5bn investment in Pakistan

The premier thanked the crown prince for Saudi Arabia's continued support, the statement said.

Prime Minister Shehbaz Sharif meets Crown Prince Mohammed bin Salman in Riyadh on Tuesday. — PM Office

Both sides agreed to further strengthen cooperation in trade, energy and mining.

Published in Dawn, October 30th, 2024

Comments (12)
Closed
`;

const WRAPPED = `Officials agree to new water-sharing framework

By Staff Reporter

LAHORE: Provincial officials on Sunday agreed to a new framework
for sharing canal water during the dry season, ending a dispute
that had lasted for several months.

The agreement, reached after two days of talks, will be reviewed
by the Council of Common Interests next month. Dr. A. B. Khan, who
chaired the talks, said the deal was "a step forward."

Share this:
Facebook
Twitter

Tags: water, Punjab, Sindh
`;

const OFFICIAL = `Joint Statement between the People's Republic of China and the Islamic Republic of Pakistan
Beijing, 7 February 2025
1. At the invitation of President Xi Jinping, President Asif Ali Zardari paid a state visit to China from 4 to 8 February 2025.
2. The two sides held talks in a cordial and friendly atmosphere and reached broad consensus.
3. The two sides agreed to further deepen the All-Weather Strategic Cooperative Partnership.
Ministry of Foreign Affairs
`;

const PROFILE = `Pakistan, China vow to boost CPEC cooperation
Shahid Khan
Senior Correspondent
February 6, 2025
ISLAMABAD: Pakistan and China on Thursday vowed to boost cooperation under the China-Pakistan Economic Corridor (CPEC), officials said.
"We are committed to completing the projects on time," Planning Minister Ahsan Iqbal told reporters.
The writer is a senior journalist covering foreign affairs.
Follow Geo News on WhatsApp
Must Read
Pakistan's economy grows 2.5pc in second quarter
Imran Khan's bail plea hearing adjourned till Monday
© 2025 Geo News. All rights reserved.
`;

const texts = (a: ImportedArticle): string[] => a.paragraphs.map((p) => a.body.slice(p.start, p.end));
const reasonOf = (a: ImportedArticle, start: string): string | undefined => a.droppedLines.find((d) => d.text.startsWith(start))?.reason;

describe('importArticle on layouts beyond the seeds', () => {
  it('reads a wire story: headline below the navigation, dateline credit, closing credits', () => {
    const a = importArticle({ text: WIRE });
    expect(a.headline).toBe("Pakistan's central bank holds key rate steady as inflation eases");
    expect(a.byline).toBe('Ariba Shahid and Gibran Naiyyar Peshimam');
    expect(a.publishedAt).toBe('2025-03-10T15:14:00+05:00');
    expect(a.dateline).toBe('ISLAMABAD');
    expect(a.wireCredit).toBe('Reuters');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.body).not.toMatch(/Reporting by|Our Standards|Suggested Topics|Exclusive news/);
    expect(a.sentences.map((s) => s.text)).toContain('Mr. Ahmad said the U.S. tariff outlook was "uncertain."');
  });

  it('reads a newspaper page: desk byline, ad slot, read-more link, dashed photo credit, print line', () => {
    const a = importArticle({ text: NEWSPAPER });
    expect(a.headline).toBe('PM Shehbaz meets Saudi crown prince in Riyadh');
    expect(a.publishedAt).toBe('2024-10-29');
    expect(a.outlet).toMatchObject({ name: 'Dawn', confidence: 'STATED' });
    expect(a.paragraphs).toHaveLength(4);
    expect(reasonOf(a, 'Advertisement')).toBe('advertisement');
    expect(reasonOf(a, 'Read more:')).toBe('related-stories');
    expect(a.captions).toEqual(['Prime Minister Shehbaz Sharif meets Crown Prince Mohammed bin Salman in Riyadh on Tuesday. — PM Office']);
    expect(reasonOf(a, 'Comments (12)')).toBe('comment-widget');
    expect(texts(a)[3]).toBe('Both sides agreed to further strengthen cooperation in trade, energy and mining.');
  });

  it('joins hard-wrapped paragraphs and drops share buttons and tags', () => {
    const a = importArticle({ text: WRAPPED });
    expect(a.byline).toBe('Staff Reporter');
    expect(a.dateline).toBe('LAHORE');
    expect(texts(a)).toHaveLength(2);
    expect(texts(a)[0]).toBe(
      'LAHORE: Provincial officials on Sunday agreed to a new framework for sharing canal water during the dry season, ending a dispute that had lasted for several months.',
    );
    expect(a.sentences.map((s) => s.text)).toContain('Dr. A. B. Khan, who chaired the talks, said the deal was "a step forward."');
    expect(a.body).not.toMatch(/Share this|Facebook|Tags:/);
  });

  it('recognises the text of an official joint statement', () => {
    const a = importArticle({ text: OFFICIAL });
    expect(a.kind).toBe('OFFICIAL');
    expect(a.publishedAt).toBe('2025-02-07');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.sentences[0].text).toMatch(/^1\. At the invitation of President Xi Jinping/);
    expect(a.outlet).toMatchObject({ name: 'Ministry of Foreign Affairs', confidence: 'INFERRED' });
    expect(importArticle({ text: WIRE }).kind).toBe('NEWS');
  });

  it('finds a byline on its own line, drops the author note and a "Must Read" list', () => {
    const a = importArticle({ text: PROFILE });
    expect(a.byline).toBe('Shahid Khan');
    expect(a.publishedAt).toBe('2025-02-06');
    expect(a.outlet).toMatchObject({ name: 'Geo News', confidence: 'STATED' });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.body).not.toMatch(/The writer is|WhatsApp|economy grows|bail plea/);
  });

  it('treats a body-only paste as body with no headline', () => {
    const a = importArticle({
      text: 'BEIJING, Feb. 5 (Xinhua) -- Chinese President Xi Jinping held talks with Pakistani President Asif Ali Zardari in Beijing on Wednesday.\nXi said the two countries are ironclad partners.\nEnditem',
    });
    expect(a.headline).toBeNull();
    expect(a.dateline).toBe('BEIJING');
    expect(a.wireCredit).toBe('Xinhua');
    expect(a.paragraphs).toHaveLength(2);
  });
});
