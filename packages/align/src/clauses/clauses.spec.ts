import { tokenize } from '../text/tokenize.js';
import { clauseSpans } from './clauses.js';

const spans = (text: string): string[] => clauseSpans(text, tokenize(text)).map((s) => s.text);

describe('clauseSpans', () => {
  it('cuts a sentence with several commitments at its clause boundaries, and offers adjacent pairs', () => {
    const text = 'The ministers agreed to reopen the northern rail line, and they pledged new funding for flood defences in the delta.';
    expect(spans(text)).toEqual([
      'The ministers agreed to reopen the northern rail line',
      'and they pledged new funding for flood defences in the delta.',
    ]);
  });

  it('joins pieces too short to carry a commitment to their neighbour', () => {
    const text = 'Governor Lina Ortiz, who arrived on Monday, opened the new water treatment plant in the eastern district.';
    for (const span of spans(text)) expect(span).not.toMatch(/^Governor Lina Ortiz$/);
  });

  it('offers nothing for a sentence that is one clause', () => {
    expect(spans('The council approved the budget for the new library.')).toEqual([]);
  });

  it('keeps offsets that point into the sentence', () => {
    const text = 'Both leaders condemned the attack on the convoy; they also called for an inquiry into the shooting.';
    for (const s of clauseSpans(text, tokenize(text))) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
