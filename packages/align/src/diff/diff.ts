import { diffArrays } from 'diff';
import type { DiffOp } from '../types.js';
import { diffTokens, offsetAt, spanText, type DiffToken } from './diff-tokens.js';
import { findMoves, type Move, type Range } from './moves.js';

/** A run of the plain diff: equal tokens, or the deleted and inserted tokens between two equal runs. */
interface Gap {
  equal: boolean;
  base: Range;
  other: Range;
}

/**
 * A word-level diff of two sentences. Ops come in base order and carry the text and character offset on each
 * side (an insert's baseStart is where it goes in base; a delete's otherStart likewise in other). A phrase deleted
 * in one place and inserted in another (two words or more, or one rare word) is one 'move' op with both offsets,
 * placed at its base position, instead of a delete plus an insert; the moves of one diff are numbered by moveId.
 * Case, quote style and dash style are ignored; whitespace is not a token.
 */
export function diffSegments(base: string, other: string): DiffOp[] {
  const bt = diffTokens(base);
  const ot = diffTokens(other);
  const gaps = plainGaps(bt, ot);
  const moves = findMoves(
    bt,
    ot,
    gaps.filter((g) => !g.equal).map((g) => g.base),
    gaps.filter((g) => !g.equal).map((g) => g.other),
  );
  const ctx: Ctx = { base, other, bt, ot, moves };
  return gaps.flatMap((g) => (g.equal ? [op(ctx, 'equal', g.base, g.other)] : gapOps(ctx, g)));
}

/**
 * Diffs one claim's segments against a chosen base: one op list per other witness, each comparable with the
 * others because all are in base order and base offsets.
 */
export function diffWitnesses(base: string, others: { id: string; text: string }[]): { id: string; ops: DiffOp[] }[] {
  return others.map((o) => ({ id: o.id, ops: diffSegments(base, o.text) }));
}

interface Ctx {
  base: string;
  other: string;
  bt: DiffToken[];
  ot: DiffToken[];
  moves: Move[];
}

function plainGaps(bt: DiffToken[], ot: DiffToken[]): Gap[] {
  const changes = diffArrays(
    bt.map((t) => t.key),
    ot.map((t) => t.key),
  );
  const gaps: Gap[] = [];
  let [i, j] = [0, 0];
  for (const c of changes) {
    const last = gaps[gaps.length - 1];
    if (!c.added && !c.removed) {
      gaps.push({ equal: true, base: { from: i, to: i + c.count }, other: { from: j, to: j + c.count } });
      [i, j] = [i + c.count, j + c.count];
      continue;
    }
    const gap = last && !last.equal ? last : { equal: false, base: { from: i, to: i }, other: { from: j, to: j } };
    if (gap !== last) gaps.push(gap);
    if (c.removed) gap.base.to = i += c.count;
    else gap.other.to = j += c.count;
  }
  return gaps;
}

// Within one gap: moved stretches become move ops, the rest pairs up as replace where both sides changed.
function gapOps(ctx: Ctx, gap: Gap): DiffOp[] {
  const basePieces = piecesOutside(
    gap.base,
    ctx.moves.map((m) => m.base),
  );
  const otherPieces = piecesOutside(
    gap.other,
    ctx.moves.map((m) => m.other),
  );
  const ops: DiffOp[] = [];
  let k = 0;
  for (const piece of withMoves(gap.base, basePieces, ctx.moves)) {
    if ('moveId' in piece) ops.push(moveOp(ctx, piece));
    else if (k < otherPieces.length) ops.push(op(ctx, 'replace', piece, otherPieces[k++]!));
    else ops.push(op(ctx, 'delete', piece, { from: gap.other.to, to: gap.other.to }));
  }
  for (; k < otherPieces.length; k++) ops.push(op(ctx, 'insert', { from: gap.base.to, to: gap.base.to }, otherPieces[k]!));
  return ops;
}

function piecesOutside(range: Range, cuts: Range[]): Range[] {
  const inside = cuts.filter((c) => c.from >= range.from && c.to <= range.to).sort((a, b) => a.from - b.from);
  const pieces: Range[] = [];
  let at = range.from;
  for (const c of inside) {
    if (c.from > at) pieces.push({ from: at, to: c.from });
    at = c.to;
  }
  if (range.to > at) pieces.push({ from: at, to: range.to });
  return pieces;
}

function withMoves(range: Range, pieces: Range[], moves: Move[]): (Range | Move)[] {
  const inside = moves.filter((m) => m.base.from >= range.from && m.base.to <= range.to);
  const start = (x: Range | Move): number => ('moveId' in x ? x.base.from : x.from);
  return [...pieces, ...inside].sort((a, b) => start(a) - start(b));
}

function op(ctx: Ctx, type: DiffOp['type'], b: Range, o: Range): DiffOp {
  return {
    type,
    baseText: spanText(ctx.base, ctx.bt, b.from, b.to),
    otherText: spanText(ctx.other, ctx.ot, o.from, o.to),
    baseStart: offsetAt(ctx.base, ctx.bt, b.from),
    otherStart: offsetAt(ctx.other, ctx.ot, o.from),
  };
}

function moveOp(ctx: Ctx, m: Move): DiffOp {
  return { ...op(ctx, 'move', m.base, m.other), moveId: m.moveId };
}
