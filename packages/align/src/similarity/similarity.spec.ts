import { buildCorpus } from '../text/corpus.js';
import { similarity } from './similarity.js';
import { SEED_SENTENCES } from '../__fixtures__/seed-sentences.js';

const ONE_CHINA_AA =
  'Pakistan reaffirmed its "firm" commitment to the one-China principle, insisting that Taiwan is an "inalienable part" of Chinese territory.';
const ONE_CHINA_PK =
  'For its part, Pakistan reaffirmed its unwavering commitment to the One-China principle, emphasizing that Taiwan is an inseparable part of China.';
const XINJIANG = 'Islamabad will also firmly support Beijing on issues related to Xinjiang, Xizang, Hong Kong, and the South China Sea.';
const GAZA = 'The two countries also welcomed the ceasefire agreement in the Gaza Strip, hoping that it would be effectively implemented.';
const corpus = buildCorpus(Object.values(SEED_SENTENCES).flat());

describe('similarity', () => {
  it('scores identical sentences 1 and unrelated ones near 0', () => {
    expect(similarity(ONE_CHINA_AA, ONE_CHINA_AA).score).toBe(1);
    expect(similarity(ONE_CHINA_AA, 'The weather in Karachi was hot on Tuesday.').score).toBeLessThan(0.05);
  });

  it('is symmetric', () => {
    expect(similarity(ONE_CHINA_AA, ONE_CHINA_PK, corpus).score).toBe(similarity(ONE_CHINA_PK, ONE_CHINA_AA, corpus).score);
  });

  it('ranks a paraphrase of the same claim well above a different claim on the same topic', () => {
    const same = similarity(ONE_CHINA_AA, ONE_CHINA_PK, corpus).score;
    const neighbour = similarity(ONE_CHINA_AA, XINJIANG, corpus).score;
    const other = similarity(ONE_CHINA_AA, GAZA, corpus).score;
    expect(same).toBeGreaterThan(0.5);
    expect(neighbour).toBeLessThan(0.3);
    expect(other).toBeLessThan(0.15);
  });

  it('returns evidence a reader can check', () => {
    const { evidence } = similarity(ONE_CHINA_AA, ONE_CHINA_PK, corpus);
    const terms = evidence.sharedTerms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['principle', 'taiwan', 'firm ≈ unwavering', 'inalienable ≈ inseparable']));
    expect(evidence.sharedNgrams).toContain('commitment to the one-China principle');
    expect(evidence.sharedEntities).toEqual(expect.arrayContaining(['Pakistan', 'Taiwan']));
    // Weights are sorted, rarest first; "pakistan", in most sentences of the corpus, weighs less than "taiwan".
    const weight = (t: string): number => evidence.sharedTerms.find((x) => x.term === t)!.weight;
    expect(weight('taiwan')).toBeGreaterThan(weight('pakistan'));
  });

  it('reports shared numbers and quotations', () => {
    const { evidence } = similarity(
      'The Chinese side said the dispute is a "leftover from history" and 14 talks were held.',
      'China called the Kashmir dispute a leftover from history after 14 rounds of talks.',
    );
    expect(evidence.sharedQuotes).toEqual(['leftover from history']);
    expect(evidence.sharedNumbers).toEqual(['14']);
  });

  it('weighs terms by rarity in the corpus', () => {
    const a = 'China and Pakistan agreed to develop Gwadar Port.';
    const sharesCommon = 'China and Pakistan agreed to expand trade.';
    const sharesRare = 'Work on Gwadar Port continues.';
    expect(similarity(a, sharesRare, corpus).score).toBeGreaterThan(similarity(a, sharesCommon, corpus).score);
  });
});
