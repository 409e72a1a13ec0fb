import { isRareWord, type DiffToken } from './diff-tokens.js';

/** A half-open range of token positions. */
export interface Range {
  from: number;
  to: number;
}

/** A phrase deleted at `base` and inserted at `other`, numbered by `moveId`. */
export interface Move {
  base: Range;
  other: Range;
  moveId: number;
}

/**
 * Finds phrases that were deleted in one place and inserted in another: repeatedly takes the longest common run
 * between any deleted stretch and any inserted stretch, if it has two words or more (not all punctuation) or is a
 * single rare word, and takes it out of both stretches so each token moves at most once.
 */
export function findMoves(baseTokens: DiffToken[], otherTokens: DiffToken[], deleted: Range[], inserted: Range[]): Move[] {
  const moves: Move[] = [];
  const del = [...deleted];
  const ins = [...inserted];
  for (;;) {
    const best = longestCommon(baseTokens, otherTokens, del, ins);
    if (!best) return moves.sort((a, b) => a.base.from - b.base.from).map((m, moveId) => ({ ...m, moveId }));
    moves.push({ base: best.base, other: best.other, moveId: 0 });
    splice(del, best.delIndex, best.base);
    splice(ins, best.insIndex, best.other);
  }
}

interface Candidate {
  base: Range;
  other: Range;
  delIndex: number;
  insIndex: number;
}

function longestCommon(bt: DiffToken[], ot: DiffToken[], del: Range[], ins: Range[]): Candidate | null {
  let best: Candidate | null = null;
  let bestLen = 0;
  del.forEach((d, delIndex) => {
    ins.forEach((r, insIndex) => {
      for (let i = d.from; i < d.to; i++) {
        for (let j = r.from; j < r.to; j++) {
          let n = 0;
          while (i + n < d.to && j + n < r.to && bt[i + n]!.key === ot[j + n]!.key) n++;
          if (n > bestLen && qualifies(bt, i, n)) {
            bestLen = n;
            best = { base: { from: i, to: i + n }, other: { from: j, to: j + n }, delIndex, insIndex };
          }
        }
      }
    });
  });
  return best;
}

function qualifies(tokens: DiffToken[], from: number, n: number): boolean {
  const words = tokens.slice(from, from + n).filter((t) => t.token.kind !== 'punct');
  if (words.length >= 2) return words.some((t) => !t.token.stop);
  return words.length === 1 && n === 1 && isRareWord(words[0]!);
}

function splice(ranges: Range[], index: number, cut: Range): void {
  const r = ranges[index]!;
  const parts = [
    { from: r.from, to: cut.from },
    { from: cut.to, to: r.to },
  ].filter((p) => p.to > p.from);
  ranges.splice(index, 1, ...parts);
}
