import { splitSentences } from './splitSentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences and reports offsets into the text', () => {
    const text = 'China and Pakistan signed deals. They met on Monday! Did they agree? Yes.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['China and Pakistan signed deals.', 'They met on Monday!', 'Did they agree?', 'Yes.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, initials, months or "No." before a number', () => {
    expect(texts('Mr. Zardari met Dr. A. B. Khan on Feb. 5 in Room No. 4 of the hall. Then they left.')).toEqual([
      'Mr. Zardari met Dr. A. B. Khan on Feb. 5 in Room No. 4 of the hall.',
      'Then they left.',
    ]);
  });

  it('keeps U.S. and p.m. inside a sentence but splits when a sentence clearly starts after them', () => {
    expect(texts('The U.S. President spoke at 10 p.m. on Monday. Markets rose.')).toEqual([
      'The U.S. President spoke at 10 p.m. on Monday.',
      'Markets rose.',
    ]);
    expect(texts('The talks were held in the U.S. The next round is in Beijing.')).toEqual([
      'The talks were held in the U.S.',
      'The next round is in Beijing.',
    ]);
  });

  it('never splits inside numbers', () => {
    expect(texts('Growth was 3.5 percent, or 1,000.25 billion rupees. Inflation fell to 1.5.')).toEqual([
      'Growth was 3.5 percent, or 1,000.25 billion rupees.',
      'Inflation fell to 1.5.',
    ]);
  });

  it('ends a sentence inside closing quotes, but not before a lower-case attribution', () => {
    expect(texts('“We will win.” The crowd cheered. “Is it over?” she asked. He said: "Yes." It was.')).toEqual([
      '“We will win.”',
      'The crowd cheered.',
      '“Is it over?” she asked.',
      'He said: "Yes."',
      'It was.',
    ]);
  });

  it('handles ellipses and no-break spaces without changing the text', () => {
    const text = 'He paused\u2026 and went on. Then\u00a0he left...\u00a0Nobody followed.';
    expect(texts(text)).toEqual(['He paused\u2026 and went on.', 'Then\u00a0he left...', 'Nobody followed.']);
  });

  it('does not make a sentence of a paragraph number', () => {
    expect(texts('1. The two sides held talks. 2. They agreed.')).toEqual(['1. The two sides held talks.', '2. They agreed.']);
  });

  it('treats line breaks as sentence ends and skips empty pieces', () => {
    expect(texts('First paragraph without a stop\n\nSecond one.\n—\n')).toEqual(['First paragraph without a stop', 'Second one.']);
  });
});
