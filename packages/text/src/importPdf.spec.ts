// @ts-expect-error: a plain ESM helper without type declarations, shared with the API tests.
import { makePdf } from '../fixtures/make-pdf.mjs';
import { isImportError } from './errors.js';
import { importPdf } from './importPdf.js';
import { extractPdfText, PAGE_BREAK } from './input/pdf.js';

const LETTERHEAD = 'Ministry of Foreign Affairs';
const STATEMENT = [
  [
    LETTERHEAD,
    'Joint Statement between Pakistan and China',
    '',
    'Islamabad, 5 February 2025',
    '',
    '1. At the invitation of President Xi Jinping, President Asif Ali Zardari paid a state visit to China',
    'from 4 to 8 February 2025. The two sides held talks in a cordial atmosphere.',
    '',
    '2. The two sides reaffirmed their all-weather strategic cooperative partnership and agreed to',
    'deepen cooperation under CPEC.',
    '',
    'Page 1 of 3',
  ],
  [
    LETTERHEAD,
    '3. The Chinese side reiterated its support for Pakistan in safeguarding its sovereignty',
    'and territorial integrity.',
    '',
    'Page 2 of 3',
  ],
  [LETTERHEAD, '4. The two sides agreed to hold the next round of talks in Islamabad at a mutually', 'convenient time.', '', 'Page 3 of 3'],
];

describe('importPdf (layout: a ministry statement as a three-page PDF with letterhead and page numbers)', () => {
  it('extracts text with page breaks, without the running letterhead or page numbers', async () => {
    const { text, pages } = await extractPdfText(makePdf(STATEMENT));
    expect(pages).toBe(3);
    expect(text.split(PAGE_BREAK)).toHaveLength(3);
    expect(text.startsWith('Joint Statement between Pakistan and China')).toBe(true);
    expect(text).not.toContain(LETTERHEAD);
    expect(text).not.toMatch(/Page \d of 3/);
  });

  it('imports it like pasted text: headline, date, numbered paragraphs joined across wrapped lines', async () => {
    const a = await importPdf(makePdf(STATEMENT), { url: 'https://mofa.gov.pk/statement.pdf' });
    expect(a.headline).toBe('Joint Statement between Pakistan and China');
    expect(a.publishedAt).toBe('2025-02-05');
    expect(a.outlet.name).toBe('Ministry of Foreign Affairs of Pakistan');
    expect(a.kind).toBe('OFFICIAL');
    const paragraphs = a.paragraphs.map((p) => a.body.slice(p.start, p.end));
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      '1. At the invitation of President Xi Jinping, President Asif Ali Zardari paid a state visit to China from 4 to 8 February 2025. The two sides held talks in a cordial atmosphere.',
    );
    expect(paragraphs[3]).toMatch(/^4\. The two sides agreed to hold the next round/);
    expect(a.extractedText).toContain('\f');
  });

  it('refuses a file that is not a PDF, or a broken one, with a clear error', async () => {
    const codeOf = async (data: Uint8Array): Promise<string | undefined> => {
      try {
        await extractPdfText(data);
      } catch (err) {
        if (isImportError(err)) return err.code;
        throw err;
      }
      return undefined;
    };
    expect(await codeOf(new TextEncoder().encode('<html>not a pdf</html>'))).toBe('UNREADABLE_PDF');
    expect(await codeOf(new TextEncoder().encode('%PDF-1.4\nbroken'))).toBe('UNREADABLE_PDF');
  });
});
