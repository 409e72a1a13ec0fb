import { shownRelation, shownRelations } from './shown.js';

const auto = (relation: 'VERBATIM' | 'PARAPHRASE' | 'PARTIAL' | 'CONTRADICTS' = 'VERBATIM') => ({ relation, flags: [] as string[] });
const BASE = 'The river authority will open three new dams on the northern border next spring.';

describe('shownRelation', () => {
  it('gives a claim one outlet alone reports no relation at all ("only here")', () => {
    expect(shownRelation(auto(), BASE, { base: null, isBase: false, outletCount: 1 })).toEqual({ kind: 'only-here' });
    expect(shownRelation(auto(), BASE, { base: BASE, isBase: true, outletCount: 1 })).toEqual({ kind: 'only-here' });
  });

  it('marks the base outlet as the base, whatever was stored', () => {
    expect(shownRelation(auto('PARTIAL'), BASE, { base: BASE, isBase: true, outletCount: 3 })).toEqual({ kind: 'base' });
  });

  it('measures the relation against the base text the diff is drawn against, not the stale stored one', () => {
    const copy = shownRelation(auto('PARTIAL'), BASE, { base: BASE, isBase: false, outletCount: 2 });
    expect(copy).toMatchObject({ kind: 'relation', relation: 'VERBATIM', measured: true });
    const changed = 'The river authority will open five new dams on the northern border next spring.';
    expect(shownRelation(auto('VERBATIM'), changed, { base: BASE, isBase: false, outletCount: 2 })).toMatchObject({
      relation: 'PARAPHRASE',
      flags: ['NUMBER'],
    });
    const part = shownRelation(auto('VERBATIM'), 'Three dams will open.', { base: BASE, isBase: false, outletCount: 2 });
    expect(part).toMatchObject({ relation: 'PARTIAL' });
  });

  it('shows the relation a person chose as chosen', () => {
    const chosen = { relation: 'CONTRADICTS' as const, flags: ['QUOTE'], relationByHuman: true };
    expect(shownRelation(chosen, BASE, { base: BASE, isBase: false, outletCount: 2 })).toEqual({
      kind: 'relation',
      relation: 'CONTRADICTS',
      flags: ['QUOTE'],
      measured: false,
    });
  });

  it('keeps the stored relation when the base omits the claim (there is no diff to agree with)', () => {
    expect(shownRelation(auto('PARTIAL'), BASE, { base: null, isBase: false, outletCount: 2 })).toMatchObject({
      relation: 'PARTIAL',
      measured: false,
    });
  });
});

describe('shownRelations', () => {
  it("re-evaluates a sentence moved into another claim against that claim's base wording", () => {
    const texts = new Map([
      ['a:0', { text: BASE, index: 0 }],
      ['a:1', { text: 'Farmers in the valley welcomed the decision.', index: 1 }],
      ['b:4', { text: 'Three dams will open, officials said.', index: 4 }],
    ]);
    // b:4 was VERBATIM in its old claim; moved next to a:0, it only reports part of it.
    const claim = {
      links: [
        { segmentId: 'a:0', articleId: 'a', ...auto() },
        { segmentId: 'b:4', articleId: 'b', ...auto('VERBATIM') },
      ],
    };
    const shown = shownRelations(claim, 'a', (id) => texts.get(id));
    expect(shown.get('a:0')).toEqual({ kind: 'base' });
    expect(shown.get('b:4')).toMatchObject({ relation: 'PARTIAL' });
  });

  it('joins several base sentences of one claim in article order, as the grid does', () => {
    const texts = new Map([
      ['a:2', { text: 'on the northern border next spring.', index: 2 }],
      ['a:1', { text: 'The river authority will open three new dams', index: 1 }],
      ['b:0', { text: BASE, index: 0 }],
    ]);
    const claim = {
      links: [
        { segmentId: 'a:2', articleId: 'a', ...auto() },
        { segmentId: 'a:1', articleId: 'a', ...auto() },
        { segmentId: 'b:0', articleId: 'b', ...auto('PARTIAL') },
      ],
    };
    expect(shownRelations(claim, 'a', (id) => texts.get(id)).get('b:0')).toMatchObject({ relation: 'VERBATIM' });
  });

  it('lets the first reporting column stand in when the base omits the claim, so every badge matches a drawn diff', () => {
    const texts = new Map([
      ['b:3', { text: BASE, index: 3 }],
      ['c:1', { text: 'Officials said the river authority plans to build several dams.', index: 1 }],
      ['d:0', { text: BASE, index: 0 }],
    ]);
    // Stored relations from the aligner's own reference, which is not on screen: both VERBATIM.
    const claim = {
      links: [
        { segmentId: 'd:0', articleId: 'd', ...auto() },
        { segmentId: 'c:1', articleId: 'c', ...auto() },
        { segmentId: 'b:3', articleId: 'b', ...auto() },
      ],
    };
    const shown = shownRelations(claim, 'a', (id) => texts.get(id), ['a', 'b', 'c', 'd']);
    expect(shown.get('b:3')).toEqual({ kind: 'base', standIn: true });
    expect(shown.get('c:1')).toMatchObject({ kind: 'relation', measured: true });
    expect(shown.get('c:1')).not.toMatchObject({ relation: 'VERBATIM' });
    expect(shown.get('d:0')).toMatchObject({ relation: 'VERBATIM', measured: true });
    // The comparison's base reporting the claim is the row base, never a stand-in.
    expect(shownRelations(claim, 'c', (id) => texts.get(id), ['a', 'b', 'c', 'd']).get('c:1')).toEqual({ kind: 'base' });
  });
});
