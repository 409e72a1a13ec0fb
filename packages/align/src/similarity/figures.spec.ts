import { buildCorpus } from '../text/corpus.js';
import { sentenceFeatures } from '../text/features.js';
import { FEATURE_NAMES } from './pair-features.js';
import { analyseSentence, similarityFeatures } from './similarity.js';

const COUNT_CLASH = FEATURE_NAMES.indexOf('countClash');

function countClash(a: string, b: string): number {
  const corpus = buildCorpus([a, b]);
  return similarityFeatures(analyseSentence(a, corpus), analyseSentence(b, corpus))[COUNT_CLASH]!;
}

describe('figures', () => {
  it('reads digits written against letters as part of a name, and glued scales or short units as figures', () => {
    expect(sentenceFeatures('The 76ers beat the 49ers as G20 ministers met near the A380 hangar.').numbers).toEqual([]);
    expect(sentenceFeatures('Rescuers walked 5km to reach the 12 miners.').numbers).toEqual(['12', '5']);
    expect(sentenceFeatures('The fund lent $2bn to the port.').numbers).toEqual(['2000000000']);
    expect(sentenceFeatures('The new 5G network opened.').numbers).toEqual([]);
  });

  it('keeps with each figure the words that say what it counts, within its clause', () => {
    const { counts } = sentenceFeatures('Coastguards detained 14 heavily armed smugglers, officials said.');
    expect(counts).toHaveLength(1);
    expect(counts[0]!.value).toBe('14');
    expect(counts[0]!.context).toEqual(expect.arrayContaining([expect.stringMatching(/^detain/), expect.stringMatching(/^smuggl/)]));
    expect(counts[0]!.context.some((k) => k.startsWith('offici'))).toBe(false);
  });

  it('flags two sentences that count the same thing with other figures', () => {
    expect(countClash('Coastguards detained 14 smugglers off the coast.', 'Nine smugglers were detained by the coastguard.')).toBe(1);
  });

  it('does not flag figures that count different things, or a figure the other sentence also gives', () => {
    expect(countClash('Coastguards detained 14 smugglers off the coast.', 'The coastguard seized 3 boats off the coast.')).toBe(0);
    expect(countClash('Coastguards detained 14 smugglers and 3 boats.', 'Of the 14 held, 3 smugglers were minors.')).toBe(0);
    expect(countClash('The storm killed 12 people.', 'The storm killed twelve people.')).toBe(0);
  });

  it('lowers the similarity of two reports that differ only in the count', () => {
    const corpus = buildCorpus(['x']);
    const feats = (a: string, b: string): number[] => similarityFeatures(analyseSentence(a, corpus), analyseSentence(b, corpus));
    const same = feats('Navy commandos arrested 14 pirates in the strait.', 'Navy commandos arrested 14 pirates in the strait on Sunday.');
    const other = feats('Navy commandos arrested 14 pirates in the strait.', 'Navy commandos arrested 31 pirates in the strait on Sunday.');
    expect(same[COUNT_CLASH]).toBe(0);
    expect(other[COUNT_CLASH]).toBe(1);
  });
});
