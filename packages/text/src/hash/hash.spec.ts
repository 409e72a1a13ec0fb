import { contentHash } from './contentHash.js';
import { nearDuplicateScore, shingleSignature, SIGNATURE_SIZE } from './minhash.js';

const WIRE = `ISLAMABAD, Feb 5 (Reuters) - Pakistan and China signed agreements on Wednesday to expand cooperation in science, media and clean energy during a visit by President Asif Ali Zardari to Beijing. Zardari met Chinese President Xi Jinping at the Great Hall of the People, where the two leaders discussed the China-Pakistan Economic Corridor and regional security. "The meeting was followed by a signing ceremony," a statement from the president's office said. The two sides also agreed to step up intelligence sharing after a series of attacks on Chinese nationals working in Pakistan, the interior ministry said.`;

describe('contentHash', () => {
  it('is stable across whitespace, case, punctuation and quote styles', () => {
    const variant = WIRE.replace(/ /g, '\u00a0 ').replace(/"/g, '“').toUpperCase().replace(/\./g, ' .');
    expect(contentHash(variant)).toBe(contentHash(WIRE));
    expect(contentHash(WIRE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a word changes', () => {
    expect(contentHash(WIRE.replace('Wednesday', 'Thursday'))).not.toBe(contentHash(WIRE));
  });
});

describe('near-duplicate detection', () => {
  const signature = shingleSignature(WIRE);

  it('returns a compact fixed-size signature', () => {
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect(signature.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff)).toBe(true);
  });

  it('scores the same wire copy in two outlets as near-duplicate', () => {
    // Outlet B trims the dateline, fixes a word and adds its own closing line.
    const syndicated = `${WIRE.replace('ISLAMABAD, Feb 5 (Reuters) - ', '').replace('step up', 'increase')} Pakistan has hosted Chinese engineers for a decade.`;
    const score = nearDuplicateScore(signature, shingleSignature(syndicated));
    expect(score).toBeGreaterThan(0.6);
    expect(score).toBeLessThan(1);
  });

  it('scores different reports of the same event low', () => {
    const other = `China and Pakistan agreed to bolster their all-weather friendship in a joint statement issued on Thursday, with a focus on the timely completion of CPEC. Pakistan reaffirmed its commitment to the one-China principle, while Beijing reiterated its support for Pakistan's sovereignty.`;
    expect(nearDuplicateScore(signature, shingleSignature(other))).toBeLessThan(0.1);
  });

  it('scores identical bodies 1 and empty bodies 0', () => {
    expect(nearDuplicateScore(signature, shingleSignature(WIRE))).toBe(1);
    expect(nearDuplicateScore(shingleSignature(''), shingleSignature(''))).toBe(0);
    expect(nearDuplicateScore(signature, [])).toBe(0);
  });
});
