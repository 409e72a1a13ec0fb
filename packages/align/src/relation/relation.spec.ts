import { buildCorpus } from '../text/corpus.js';
import { relationBetween } from './relation.js';
import { SEED_SENTENCES } from '../__fixtures__/seed-sentences.js';

const corpus = buildCorpus(Object.values(SEED_SENTENCES).flat());
const seed = (article: string, index: number): string => SEED_SENTENCES[article]![index]!;

describe('relationBetween', () => {
  it('calls lightly edited copy VERBATIM', () => {
    const wire =
      'Pakistan and China signed memorandums of understanding on Wednesday to enhance cooperation in science, media and clean energy.';
    const copy =
      'Pakistan and China signed memorandums of understanding on Wednesday to enhance cooperation in science, media, and clean energy';
    expect(relationBetween(wire, copy)).toEqual({ relation: 'VERBATIM', flags: [], confidence: expect.any(Number) });
    expect(relationBetween(wire, copy).confidence).toBeGreaterThan(0.9);
  });

  it('flags another name for the same place as ENTITY ("Tibet" vs "Xizang")', () => {
    const r = relationBetween(seed('seed-004', 6), seed('seed-003', 1), corpus);
    expect(r.flags).toContain('ENTITY');
    const swap = relationBetween(
      'Islamabad will support Beijing on Xinjiang, Tibet and Hong Kong.',
      'Islamabad will support Beijing on Xinjiang, Xizang and Hong Kong.',
    );
    expect(swap.relation).toBe('PARAPHRASE');
    expect(swap.flags).toEqual(['ENTITY']);
  });

  it('does not flag ENTITY for one person named with and without country and title', () => {
    const full = 'Kenyan President William Ruto opened the new bridge in Mombasa on Tuesday.';
    const short = 'Mr Ruto opened the new bridge at Mombasa on Tuesday.';
    expect(relationBetween(full, short).flags).not.toContain('ENTITY');
    const other = 'Mr Odinga opened the new bridge at Mombasa on Tuesday.';
    expect(relationBetween(full, other).flags).toContain('ENTITY');
  });

  it('flags a change of force as HEDGE ("firm" vs "unwavering")', () => {
    const r = relationBetween(seed('seed-002', 2), seed('seed-004', 5), corpus);
    expect(r.relation).toBe('PARAPHRASE');
    expect(r.flags).toEqual(expect.arrayContaining(['HEDGE', 'QUOTE']));
    expect(r.flags).not.toContain('NUMBER');
    expect(relationBetween('Pakistan condemned the attack.', 'Pakistan strongly condemned the attack.').flags).toEqual(['HEDGE']);
  });

  it('flags a different number as NUMBER', () => {
    const r = relationBetween(
      'The March 2024 attack killed five Chinese engineers.',
      'The March 2024 attack killed six Chinese engineers.',
    );
    expect(r.relation).toBe('PARAPHRASE');
    expect(r.flags).toEqual(['NUMBER']);
  });

  it('flags a different source or day as ATTRIBUTION', () => {
    const r = relationBetween(
      'The two sides agreed to upgrade CPEC, the Foreign Office said on Thursday.',
      'The two sides agreed to upgrade CPEC, Xinhua reported on Wednesday.',
    );
    expect(r.flags).toContain('ATTRIBUTION');
    expect(r.flags).not.toContain('NUMBER');
  });

  it('calls a sentence that covers only part of the reference PARTIAL, either way round', () => {
    const whole = seed('seed-004', 19);
    const part = seed('seed-003', 6);
    expect(relationBetween(whole, part, corpus).relation).toBe('PARTIAL');
    expect(relationBetween(part, whole, corpus).relation).toBe('PARTIAL');
  });

  it('disregards the extra part of the larger sentence when flagging a PARTIAL link', () => {
    const r = relationBetween('Zardari will visit China for five days and sign 12 agreements.', 'Zardari will visit China for five days.');
    expect(r.relation).toBe('PARTIAL');
    expect(r.flags).not.toContain('NUMBER');
  });

  it('calls a negated restatement CONTRADICTS', () => {
    expect(
      relationBetween('Pakistan supports the one-China principle.', 'Pakistan does not support the one-China principle.').relation,
    ).toBe('CONTRADICTS');
    expect(
      relationBetween('Both sides supported unilateral actions in South Asia.', 'Both sides opposed unilateral actions in South Asia.')
        .relation,
    ).toBe('CONTRADICTS');
  });

  it('keeps confidence in [0, 1] and higher for closer pairs', () => {
    const close = relationBetween(seed('seed-002', 2), seed('seed-004', 5), corpus).confidence;
    const loose = relationBetween(seed('seed-002', 13), seed('seed-004', 23), corpus).confidence;
    expect(close).toBeLessThanOrEqual(1);
    expect(loose).toBeGreaterThanOrEqual(0);
    expect(close).toBeGreaterThan(loose);
  });
});
