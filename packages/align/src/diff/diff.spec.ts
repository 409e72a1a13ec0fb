import type { DiffOp } from '../types.js';
import { diffSegments, diffWitnesses } from './diff.js';

/** Every token of both strings must be covered exactly once, by text at the stated offsets. */
function expectConsistent(base: string, other: string, ops: DiffOp[]): void {
  for (const op of ops) {
    expect(base.slice(op.baseStart, op.baseStart + op.baseText.length)).toBe(op.baseText);
    expect(other.slice(op.otherStart, op.otherStart + op.otherText.length)).toBe(op.otherText);
  }
  const words = (s: string): string => s.replace(/\s+/g, '');
  expect(
    ops
      .map((o) => o.baseText)
      .join('')
      .replace(/\s+/g, ''),
  ).toBe(words(base));
  const otherInOrder = [...ops].filter((o) => o.otherText).sort((a, b) => a.otherStart - b.otherStart);
  expect(
    otherInOrder
      .map((o) => o.otherText)
      .join('')
      .replace(/\s+/g, ''),
  ).toBe(words(other));
}

describe('diffSegments', () => {
  it('returns a single equal op for identical text, ignoring case and quote style', () => {
    const ops = diffSegments('Pakistan’s “firm” commitment.', 'pakistan\'s "firm" commitment.');
    expect(ops.map((o) => o.type)).toEqual(['equal']);
  });

  it('reports a swapped word as replace, with offsets on both sides', () => {
    const base = 'Pakistan reaffirmed its firm commitment to the one-China principle.';
    const other = 'Pakistan reaffirmed its unwavering commitment to the one-China principle.';
    const ops = diffSegments(base, other);
    const replace = ops.find((o) => o.type === 'replace')!;
    expect(replace).toMatchObject({ baseText: 'firm', otherText: 'unwavering', baseStart: 24, otherStart: 24 });
    expectConsistent(base, other, ops);
  });

  it('reports a phrase moved elsewhere as one move op, not a delete and an insert', () => {
    const base = 'On Thursday, Pakistan reaffirmed its firm commitment to the one-China principle.';
    const other = 'Pakistan reaffirmed its firm commitment to the one-China principle on Thursday.';
    const ops = diffSegments(base, other);
    const moves = ops.filter((o) => o.type === 'move');
    expect(moves).toEqual([
      {
        type: 'move',
        baseText: 'On Thursday',
        otherText: 'on Thursday',
        baseStart: 0,
        otherStart: other.indexOf('on Thursday'),
        moveId: 0,
      },
    ]);
    expect(ops.some((o) => o.type === 'insert' && /Thursday/.test(o.otherText))).toBe(false);
    expectConsistent(base, other, ops);
  });

  it('moves a single rare word but not a lone function word', () => {
    const rare = diffSegments('Gwadar port and the highway will grow.', 'The port and the highway will grow, in Gwadar.');
    expect(rare.filter((o) => o.type === 'move').map((o) => o.baseText)).toEqual(['Gwadar']);
    const common = diffSegments('the port and highway', 'port and highway the');
    expect(common.some((o) => o.type === 'move')).toBe(false);
  });

  it('reports inserts and deletes with their position in the other string', () => {
    const base = 'China and Pakistan agreed to upgrade CPEC.';
    const other = 'China and Pakistan agreed on Thursday to upgrade CPEC.';
    const ops = diffSegments(base, other);
    expect(ops.find((o) => o.type === 'insert')).toMatchObject({ otherText: 'on Thursday', baseStart: base.indexOf('to upgrade') });
    const back = diffSegments(other, base);
    expect(back.find((o) => o.type === 'delete')).toMatchObject({ baseText: 'on Thursday', otherStart: base.indexOf('to upgrade') });
    expectConsistent(base, other, ops);
  });
});

describe('diffWitnesses', () => {
  it('diffs each witness against the base, keeping ids', () => {
    const base = 'Pakistan reaffirmed its firm commitment.';
    const result = diffWitnesses(base, [
      { id: 'a', text: base },
      { id: 'b', text: 'Pakistan reaffirmed its unwavering commitment.' },
    ]);
    expect(result.map((r) => r.id)).toEqual(['a', 'b']);
    expect(result[0]!.ops.every((o) => o.type === 'equal')).toBe(true);
    expect(result[1]!.ops.map((o) => o.type)).toContain('replace');
  });
});
