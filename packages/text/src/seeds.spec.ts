import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importArticle } from './importArticle.js';
import type { ImportedArticle } from './types.js';

// The raw samples users pasted, kept verbatim at the repository root.
const SEEDS = resolve(process.cwd(), '../../seeds');
const load = (name: string): ImportedArticle => importArticle({ text: readFileSync(resolve(SEEDS, name), 'utf8') });
const paragraphTexts = (a: ImportedArticle): string[] => a.paragraphs.map((p) => a.body.slice(p.start, p.end));

function expectAbsent(a: ImportedArticle, junk: readonly string[]): void {
  for (const text of junk) expect(a.body).not.toContain(text);
}

function expectOffsetsConsistent(a: ImportedArticle): void {
  for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
  for (const p of a.paragraphs) expect(a.body.slice(p.start, p.end).trim()).not.toBe('');
}

describe('seed 000 (Business Recorder, desk byline, cross-links in the body)', () => {
  const a = load('000_0ce1d7af7e7696a8.txt');

  it('extracts the metadata', () => {
    expect(a.headline).toBe('Pakistan, China sign MoUs to enhance cooperation in multiple fields');
    expect(a.standfirst).toBe('Both sides agree to enhance intelligence sharing');
    expect(a.byline).toBe('BR Web Desk');
    expect(a.publishedAt).toBe('2025-02-05');
    expect(a.publishedAtText).toBe('February 5, 2025');
    expect(a.outlet).toMatchObject({ name: 'Business Recorder', domain: 'brecorder.com', confidence: 'INFERRED' });
    expect(a.outlet.reason).toMatch(/BR Web Desk/);
    expect(a.kind).toBe('NEWS');
  });

  it('keeps exactly the 18 body paragraphs, typos included', () => {
    expect(a.paragraphs).toHaveLength(18);
    const paragraphs = paragraphTexts(a);
    expect(paragraphs[0]).toBe(
      'Pakistan and China signed memorandums of understanding (MoUs) on Wednesday to enhance cooperation in multiple fields, including science and technology, media, clean energy, and socio-economic development.',
    );
    expect(paragraphs[17]).toMatch(/^“During the meeting, cooperation with the National Police Academy/);
    expect(a.sentences[a.sentences.length - 1].text).toBe(
      'Both sides also expressed Satisfaction over the Joint Working Group meeting held in January,” the Interior Ministry said.',
    );
    expect(a.body).toContain('voth sides also discussed');
    expect(a.body).toContain('who his along with President Zardari');
    expectOffsetsConsistent(a);
  });

  it('drops the byline, the links to other stories and the closing tag', () => {
    expectAbsent(a, [
      'BR Web Desk',
      'Published February',
      'China visit: President Zardari meets',
      'Pakistan, China agree to enhance intelligence sharing',
      'Beijing calls for investigation',
      'Pakistan China ties',
      'Both sides agree to enhance intelligence sharing',
    ]);
    const reasons = Object.fromEntries(a.droppedLines.map((d) => [d.text, d.reason]));
    expect(reasons['Beijing calls for investigation after two Chinese nationals killed in Karachi airport blast']).toBe('cross-link');
    expect(reasons['Pakistan China ties']).toBe('tags');
  });
});

describe('seed 001 (no blank lines, subheadings, a photo caption, a "More from" list)', () => {
  const a = load('001_b0e67eab8c79307b.txt');

  it('extracts the metadata without taking a date from the photo caption', () => {
    expect(a.headline).toBe('Pakistan vows to protect Chinese nationals, deepen strategic ties');
    expect(a.standfirst).toMatch(/^Pakistan and China reaffirm security, economic, and defense cooperation/);
    expect(a.byline).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.outlet.confidence).toBe('UNKNOWN');
    expect(a.outlet.name).toBeNull();
    expect(a.wireCredit).toBeNull();
  });

  it('keeps 22 paragraphs and sets the subheadings and caption aside', () => {
    expect(a.paragraphs).toHaveLength(22);
    expect(a.subheadings).toEqual([
      'Security and counterterrorism cooperation',
      'Economic and infrastructure development',
      'Trade and financial collaboration',
      'Technology, education, and social cooperation',
      'Defense and regional stability',
    ]);
    expect(a.captions).toHaveLength(1);
    expect(a.captions[0]).toMatch(/shake hands at a signing ceremony/);
    expect(a.sentences[0].text).toBe(
      'Pakistan has strongly condemned terrorist attacks on Chinese nationals and pledged to ensure the safety of Chinese personnel and projects.',
    );
    expect(paragraphTexts(a)[21]).toBe(
      'President Zardari invited President Xi to visit Pakistan, and both sides agreed to coordinate a visit through diplomatic channels.',
    );
    expectOffsetsConsistent(a);
  });

  it('drops the related-stories list and the comment widget', () => {
    expectAbsent(a, [
      'Popular',
      'Spotlight',
      'More from World',
      'Trump signs order',
      'South Africa criticizes',
      'See what people are discussing',
      'shake hands',
      'Security and counterterrorism cooperation',
    ]);
    expect(a.body.endsWith('diplomatic channels.')).toBe(true);
  });
});

describe('seed 002 (Anadolu Agency: section label, repeated headline, dateline line, footer disclaimer)', () => {
  const a = load('002_e1cb929edfeb5b0c.txt');

  it('extracts the metadata and names the outlet from its footer', () => {
    expect(a.headline).toBe('China, Pakistan agree to bolster ties, international cooperation');
    expect(a.standfirst).toMatch(/^Beijing and Islamabad issue joint statement following talks/);
    expect(a.byline).toBe('Aamir Latif');
    expect(a.publishedAt).toBe('2025-02-06');
    expect(a.publishedAtText).toBe('06.02.2025');
    expect(a.dateline).toBe('KARACHI');
    expect(a.outlet).toMatchObject({ name: 'Anadolu Agency', confidence: 'STATED' });
    expect(a.outlet.reason).toMatch(/footer/);
  });

  it('keeps 15 paragraphs with their no-break spaces', () => {
    expect(a.paragraphs).toHaveLength(15);
    expect(a.body.startsWith('China and\u00a0Pakistan\u00a0have agreed to further bolster')).toBe(true);
    expect(a.subheadings).toEqual(['Palestine and Kashmir']);
    expect(a.body.endsWith('against other countries."')).toBe(true);
    expectOffsetsConsistent(a);
  });

  it('drops the section label, byline line, repeated headline and disclaimer', () => {
    expectAbsent(a, [
      'Asia - Pacific',
      'Aamir Latif',
      'Update :',
      'KARACHI, Pakistan',
      'Anadolu Agency website',
      'subscription options',
      'bolster ties, international cooperation',
    ]);
    expect(a.droppedLines.filter((d) => d.reason === 'repeated-headline')).toHaveLength(1);
  });
});

describe('seed 003 (PUKmedia: time stamp, captions dated a year earlier, app promo)', () => {
  const a = load('003_095a4111ff361360.txt');

  it('takes the date from the header time stamp, not the captions', () => {
    expect(a.headline).toBe('China and Pakistan Reaffirm Deeping Bilateral Ties');
    expect(a.publishedAt).toBe('2026-01-05T14:56:00');
    expect(a.publishedAtText).toBe('02:56 PM - 2026-01-05');
    expect(a.byline).toBeNull();
    expect(a.wireCredit).toBe('Reuters');
  });

  it('infers the outlet from the brand line, not from the app slogan', () => {
    expect(a.outlet).toMatchObject({ name: 'PUKmedia', confidence: 'INFERRED' });
    expect(a.outlet.name).not.toMatch(/The News/);
  });

  it('keeps 7 paragraphs and drops captions, wire credit and promo lines', () => {
    expect(a.paragraphs).toHaveLength(7);
    expect(a.sentences[0].text).toMatch(/^China and Pakistan on Monday pledged to further deepen bilateral relations/);
    expect(a.body.endsWith('the joint statement said.')).toBe(true);
    expect(a.captions).toHaveLength(1);
    expectAbsent(a, [
      'honor guards',
      'Source: Reuters',
      'PUKMEDIA',
      'see more',
      'Most read',
      'in your pocket',
      'Download',
      'Logo Application',
      'Play Store',
      'World 02:56',
    ]);
    expect(a.body).not.toMatch(/^China Pakistan$/m);
    expectOffsetsConsistent(a);
  });
});

describe('seed 004 (inline dateline, comment form footer)', () => {
  const a = load('004_20df2d75b53d696d.txt');

  it('extracts the metadata it has and reports the rest as unknown', () => {
    expect(a.headline).toBe('Pakistan-China dialogue reaffirms CPEC 2.0, strengthens security and strategic cooperation');
    expect(a.publishedAt).toBeNull();
    expect(a.byline).toBeNull();
    expect(a.dateline).toBe('Beijing');
    expect(a.outlet.confidence).toBe('UNKNOWN');
  });

  it('keeps 14 paragraphs and drops the section label and comment form', () => {
    expect(a.paragraphs).toHaveLength(14);
    expect(a.body.startsWith('Beijing : Pakistan and China have reiterated their unwavering support')).toBe(true);
    expect(a.body.endsWith('eliminate terrorist groups operating from Afghan soil.')).toBe(true);
    expectAbsent(a, ['Related Articles', 'Leave a Reply', 'Your email address', 'Required fields', 'Back to top']);
    expect(a.droppedLines.find((d) => d.text === 'Pakistan')?.reason).toBe('section-label');
    expectOffsetsConsistent(a);
  });
});
