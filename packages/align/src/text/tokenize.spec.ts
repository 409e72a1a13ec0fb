import { sentenceFeatures } from './features.js';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Pakistan’s “firm” support, said Xi.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits hyphenated words so that dash styles tokenise alike', () => {
    const keys = (s: string): string[] =>
      tokenize(s)
        .filter((t) => t.kind !== 'punct')
        .map((t) => t.key);
    expect(keys('China-Pakistan Economic Corridor')).toEqual(keys('China–Pakistan Economic Corridor'));
  });

  it('folds possessives, demonyms and number words', () => {
    const [pakistans, chinese, five] = tokenize('Pakistan’s Chinese five').map((t) => t.key);
    expect(pakistans).toBe(tokenize('Pakistan')[0]!.key);
    expect(chinese).toBe(tokenize('China')[0]!.key);
    expect(five).toBe('#5');
  });
});

describe('sentenceFeatures', () => {
  it('reads numbers, applying scale words and ordinals', () => {
    expect(sentenceFeatures('China invested $62 billion; the 13th meeting had five sessions.').numbers).toEqual(['13', '5', '62000000000']);
  });

  it('does not read "the two sides" as a count', () => {
    expect(sentenceFeatures('The two sides agreed to meet.').numbers).toEqual([]);
    expect(sentenceFeatures('Two engineers were hurt.').numbers).toEqual(['2']);
  });

  it('finds entities, quotes, hedges and attribution', () => {
    const f = sentenceFeatures('On Thursday, the Foreign Office said Pakistan has a "firm" commitment to the Belt and Road Initiative.');
    expect(f.entities.map((e) => e.canon)).toEqual(expect.arrayContaining(['foreign office', 'pakistan']));
    expect(f.quotes.map((q) => q.norm)).toEqual(['firm']);
    expect(f.hedges).toEqual(['firm']);
    expect(f.attribution).toEqual(expect.arrayContaining(['day:thursday', 'src:office']));
  });

  it('does not take an apostrophe for a quotation mark', () => {
    expect(sentenceFeatures('Pakistan’s envoy met China’s minister.').quotes).toEqual([]);
  });
});
