import type { AlignArticle, AlignmentResult, AlignedClaim, ClaimLink } from '../types.js';
import { alignArticles } from './align-articles.js';
import { claimIdOf } from './hash.js';
import { DIALOGUE_2026, VISIT_2025, seedArticles, sid } from '../__fixtures__/seed-sentences.js';
import { splitMergeArticles } from '../__fixtures__/split-merge.js';

const ALL = [...VISIT_2025, ...DIALOGUE_2026];

function claimsWith(result: AlignmentResult, segmentId: string): AlignedClaim[] {
  return result.claims.filter((c) => c.links.some((l) => l.segmentId === segmentId));
}

function together(result: AlignmentResult, a: string, b: string): boolean {
  return claimsWith(result, a).some((c) => c.links.some((l) => l.segmentId === b));
}

function linkOf(result: AlignmentResult, claimMember: string, segmentId: string): ClaimLink {
  const claim = claimsWith(result, claimMember).find((c) => c.links.some((l) => l.segmentId === segmentId))!;
  return claim.links.find((l) => l.segmentId === segmentId)!;
}

/** A seeded shuffle (mulberry32), so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('alignArticles on the February 2025 state visit (three outlets)', () => {
  const result = alignArticles(seedArticles(VISIT_2025));
  const s = sid;

  it.each([
    ['Zardari invites Xi to visit Pakistan', s('seed-000', 10), s('seed-001', 25)],
    ['MoUs signed in science, media and other fields', s('seed-000', 0), s('seed-001', 24)],
    ['the MoU signing, reported twice by one outlet', s('seed-000', 0), s('seed-000', 4)],
    ['Pakistan condemns attacks on Chinese nationals', s('seed-001', 0), s('seed-002', 5)],
    ['the condemnation, repeated within one article', s('seed-001', 0), s('seed-001', 9)],
    ['the Kashmir dispute and the UN Charter', s('seed-001', 22), s('seed-002', 13)],
    ['Afghan interim government urged to eliminate terrorism', s('seed-001', 23), s('seed-002', 15)],
    ['peace in the Middle East (folded with Afghanistan by one outlet)', s('seed-001', 23), s('seed-002', 11)],
    ['Zardari and Xi meet in Beijing', s('seed-000', 1), s('seed-002', 1)],
  ])('groups %s', (_claim, a, b) => {
    expect(together(result, a, b)).toBe(true);
  });

  it.each([
    ['Kashmir', 'Afghanistan', s('seed-001', 22), s('seed-002', 15)],
    ['the one-China principle', 'Xinjiang and Xizang', s('seed-002', 2), s('seed-002', 3)],
    ['the MoUs', 'the invitation', s('seed-000', 0), s('seed-000', 10)],
    ['the Kashmir dispute', 'the Kashmir briefing', s('seed-002', 13), s('seed-002', 12)],
    ['Gaza', 'the Middle East', s('seed-002', 9), s('seed-001', 23)],
  ])('keeps %s apart from %s', (_a, _b, a, b) => {
    expect(together(result, a, b)).toBe(false);
  });

  it('flags the dropped "strongly" on the condemnation as HEDGE', () => {
    const claim = claimsWith(result, s('seed-001', 0))[0]!;
    const reference = claim.links.find((l) => l.reference)!.segmentId;
    const strong = [s('seed-001', 0), s('seed-001', 9)];
    const other = linkOf(result, s('seed-001', 0), s('seed-002', 5));
    expect(strong).toContain(reference);
    expect(other.flags).toContain('HEDGE');
  });

  it('labels claims by their distinctive phrase', () => {
    expect(claimsWith(result, s('seed-001', 22))[0]!.label).toMatch(/Kashmir|Security Council/);
    expect(claimsWith(result, s('seed-001', 25))[0]!.label).toMatch(/visit/i);
  });
});

describe('alignArticles on the January 2026 strategic dialogue (two outlets)', () => {
  const result = alignArticles(seedArticles(DIALOGUE_2026));
  const s = sid;

  it.each([
    ['support on Taiwan, Xinjiang, Tibet/Xizang, Hong Kong', s('seed-003', 1), s('seed-004', 6)],
    ['ironclad friendship and strategic coordination', s('seed-003', 13), s('seed-004', 7)],
    ['industry, agriculture and mining', s('seed-003', 5), s('seed-004', 15)],
    ['financial and banking sectors', s('seed-003', 6), s('seed-004', 19)],
    ['visible and verifiable action against terrorists in Afghanistan', s('seed-003', 8), s('seed-004', 25)],
    ['the Wang Yi – Ishaq Dar meeting', s('seed-003', 12), s('seed-004', 2)],
  ])('groups %s', (_claim, a, b) => {
    expect(together(result, a, b)).toBe(true);
  });

  it('flags "Tibet" against "Xizang" as ENTITY', () => {
    expect(linkOf(result, s('seed-004', 6), s('seed-003', 1)).flags).toContain('ENTITY');
  });

  it('marks the shorter banking sentence as PARTIAL of the longer one', () => {
    const claim = claimsWith(result, s('seed-003', 6))[0]!;
    const nonReference = claim.links.find((l) => !l.reference)!;
    expect(nonReference.relation).toBe('PARTIAL');
  });

  it('leaves the background on Zhou Enlai to one outlet', () => {
    expect(result.unaligned).toContain(s('seed-003', 11));
  });
});

describe('alignArticles on all five seed articles', () => {
  const result = alignArticles(seedArticles(ALL));
  const s = sid;

  it.each([
    ['the one-China principle', s('seed-002', 2), s('seed-004', 5)],
    ['support for sovereignty and territorial integrity', s('seed-002', 4), s('seed-004', 3)],
    ['the Kashmir dispute (2025)', s('seed-001', 22), s('seed-002', 13)],
    ['the Kashmir dispute (2026)', s('seed-002', 13), s('seed-004', 23)],
    ['Gwadar Port and the Karakoram Highway', s('seed-001', 12), s('seed-004', 16)],
    ['Xinjiang and Xizang', s('seed-002', 3), s('seed-004', 6)],
    ['third-party participation in CPEC', s('seed-001', 13), s('seed-004', 18)],
  ])('groups %s', (_claim, a, b) => {
    expect(together(result, a, b)).toBe(true);
  });

  it.each([
    ['the one-China principle', 'Xinjiang and Xizang', s('seed-004', 5), s('seed-004', 6)],
    ['Gwadar', 'Kashmir', s('seed-004', 16), s('seed-004', 23)],
    ['Gwadar', 'space cooperation', s('seed-004', 16), s('seed-004', 20)],
    ['Kashmir', 'Afghanistan', s('seed-004', 23), s('seed-004', 25)],
  ])('keeps %s apart from %s', (_a, _b, a, b) => {
    expect(together(result, a, b)).toBe(false);
  });

  it('labels the one-China claim "one-China principle" and flags "firm" vs "unwavering" as HEDGE', () => {
    const claim = claimsWith(result, s('seed-004', 5))[0]!;
    expect(claim.label).toBe('one-China principle');
    const link = claim.links.find((l) => !l.reference)!;
    expect(link.relation).toBe('PARAPHRASE');
    expect(link.flags).toEqual(expect.arrayContaining(['HEDGE', 'QUOTE']));
  });

  it('labels the Gwadar claim by the port', () => {
    expect(claimsWith(result, s('seed-004', 16))[0]!.label).toMatch(/Gwadar/);
  });

  it('never puts more than maxLinksPerArticle segments of one article in a claim', () => {
    const tight = alignArticles(seedArticles(ALL), { maxLinksPerArticle: 1 });
    for (const claim of tight.claims) {
      const perArticle = new Set(claim.links.map((l) => l.articleId));
      expect(perArticle.size).toBe(claim.links.length);
    }
  });

  it('gives every segment at least one claim and claims consecutive positions', () => {
    const linked = new Set(result.claims.flatMap((c) => c.links.map((l) => l.segmentId)));
    const all = seedArticles(ALL).flatMap((a) => a.segments.map((x) => x.id));
    expect(all.filter((id) => !linked.has(id))).toEqual([]);
    expect(result.claims.map((c) => c.position)).toEqual(result.claims.map((_, i) => i));
  });

  it('derives claim ids from member segment ids', () => {
    for (const claim of result.claims) expect(claim.id).toBe(claimIdOf(claim.links.map((l) => l.segmentId)));
  });
});

describe('alignArticles order independence', () => {
  const canonical = (r: AlignmentResult): unknown => r;

  it.each([1, 2, 3, 4, 5])('returns the same claims whatever the order of articles and segments (shuffle %i)', (seed) => {
    const articles = seedArticles(ALL);
    const expected = canonical(alignArticles(articles));
    const mixed: AlignArticle[] = shuffled(articles, seed).map((a, i) => ({ ...a, segments: shuffled(a.segments, seed * 31 + i) }));
    expect(canonical(alignArticles(mixed))).toEqual(expected);
  });

  it('is stable on split and merged sentences too', () => {
    const articles = splitMergeArticles();
    expect(alignArticles(shuffled(articles, 9))).toEqual(alignArticles(articles));
  });
});

describe('alignArticles on split and merged sentences', () => {
  it('links a claim split over two sentences to the sentence that holds both parts', () => {
    const result = alignArticles(splitMergeArticles());
    expect(together(result, 'P0', 'Q0')).toBe(true);
    expect(together(result, 'P0', 'Q1')).toBe(true);
  });

  it('links a sentence that folds two claims into both, as PARTIAL', () => {
    const result = alignArticles(splitMergeArticles());
    const kashmir = claimsWith(result, 'P1')[0]!;
    const space = claimsWith(result, 'P2')[0]!;
    expect(kashmir).not.toBe(space);
    expect(kashmir.links.some((l) => l.segmentId === 'R0')).toBe(true);
    expect(space.links.find((l) => l.segmentId === 'R0')?.relation).toBe('PARTIAL');
    expect(together(result, 'P1', 'P2')).toBe(false);
  });

  it('leaves a sentence no other outlet has unaligned, as a single-outlet claim unless asked otherwise', () => {
    const result = alignArticles(splitMergeArticles());
    expect(result.unaligned).toEqual(['S1']);
    expect(claimsWith(result, 'S1')).toHaveLength(1);
    const without = alignArticles(splitMergeArticles(), { singletons: 'unaligned' });
    expect(without.unaligned).toEqual(['S1']);
    expect(claimsWith(without, 'S1')).toHaveLength(0);
  });
});

describe('alignArticles with an OFFICIAL pivot', () => {
  const result = alignArticles(splitMergeArticles('P'));

  it('makes each pivot segment the reference of its own claim, in pivot order', () => {
    const pivotClaims = ['P0', 'P1', 'P2'].map((id) => claimsWith(result, id)[0]!);
    expect(pivotClaims.map((c) => c.referenceSegmentId)).toEqual(['P0', 'P1', 'P2']);
    const positions = pivotClaims.map((c) => c.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('links both halves of the split claim to the pivot sentence as PARTIAL', () => {
    const claim = claimsWith(result, 'P0')[0]!;
    expect(claim.links.filter((l) => l.articleId === 'Q').map((l) => [l.segmentId, l.relation])).toEqual([
      ['Q0', 'PARTIAL'],
      ['Q1', 'PARTIAL'],
    ]);
  });
});
