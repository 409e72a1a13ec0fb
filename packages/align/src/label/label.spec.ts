import { buildCorpus } from '../text/corpus.js';
import { claimLabel } from './label.js';
import { SEED_SENTENCES } from '../__fixtures__/seed-sentences.js';

const corpus = buildCorpus(Object.values(SEED_SENTENCES).flat());
const seed = (article: string, index: number): string => SEED_SENTENCES[article]![index]!;

describe('claimLabel', () => {
  it('names a claim by the distinctive phrase its sentences share', () => {
    expect(claimLabel([seed('seed-002', 2), seed('seed-004', 5)], corpus)).toBe('one-China principle');
    expect(claimLabel([seed('seed-001', 22), seed('seed-002', 13), seed('seed-004', 23)], corpus)).toMatch(/Kashmir|Security Council/);
    expect(claimLabel([seed('seed-001', 12), seed('seed-004', 16)], corpus)).toMatch(/Gwadar Port/);
  });

  it('never starts or ends on a function word or leads with a reporting verb', () => {
    const texts = ['China reiterated that the dispute over the river must be resolved.', 'China said the river dispute must be resolved.'];
    const label = claimLabel(texts, buildCorpus([...Object.values(SEED_SENTENCES).flat(), ...texts]));
    expect(label).not.toMatch(/^(the|of|and|said|reiterated)\b|\b(the|of|and)$/i);
    expect(label.toLowerCase()).toContain('river');
  });

  it('lower-cases an ordinary word that only starts a sentence, but keeps names', () => {
    expect(claimLabel(['Space cooperation will expand.', 'Space cooperation grew.'])).toBe('space cooperation');
    expect(claimLabel(['Gwadar Port will grow.', 'Gwadar Port is busy.'])).toBe('Gwadar Port');
  });
});
