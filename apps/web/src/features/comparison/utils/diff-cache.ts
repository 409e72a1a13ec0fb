import { type DiffOp, diffSegments } from '@parallax/align';

// Diffs are pure functions of two strings; rows scroll in and out of the window, so keep recent results.
const cache = new Map<string, DiffOp[]>();
const MAX = 5000;

/** A word-level diff of `other` against `base`, memoised. */
export function cachedDiff(base: string, other: string): DiffOp[] {
  const key = `${base}\u0000${other}`;
  let ops = cache.get(key);
  if (!ops) {
    ops = diffSegments(base, other);
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, ops);
  }
  return ops;
}

/** A piece of the other text to render: plain, or one diff mark. */
export type DiffPiece =
  | { kind: 'plain'; text: string }
  | { kind: 'insert'; text: string }
  | { kind: 'delete'; base: string; spaceBefore: boolean; spaceAfter: boolean }
  | { kind: 'replace'; text: string; base: string }
  | { kind: 'move'; text: string; moveId: number };

/**
 * Lays the ops out in the other sentence's own order (a column shows what its outlet wrote), filling the
 * spaces and punctuation between tokens from the original string; a deletion appears where the base
 * words would have been.
 */
export function diffPieces(other: string, ops: DiffOp[]): DiffPiece[] {
  const placed = ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => a.op.otherStart - b.op.otherStart || (a.op.otherText ? 1 : 0) - (b.op.otherText ? 1 : 0) || a.i - b.i);
  const out: DiffPiece[] = [];
  let at = 0;
  const gap = (to: number) => {
    if (to > at) out.push({ kind: 'plain', text: other.slice(at, to) });
    at = Math.max(at, to);
  };
  for (const { op } of placed) {
    gap(op.otherStart);
    const end = op.otherStart + op.otherText.length;
    switch (op.type) {
      case 'equal':
        out.push({ kind: 'plain', text: op.otherText });
        break;
      case 'insert':
        out.push(wordless(op.otherText) ? { kind: 'plain', text: op.otherText } : { kind: 'insert', text: op.otherText });
        break;
      case 'delete':
        // A comma or full stop the outlet dropped is noise, not a difference worth marking.
        if (!wordless(op.baseText)) {
          // Deleted words sit between two tokens of the other text: keep them apart from both.
          const letter = /[\p{L}\p{N}]/u;
          out.push({
            kind: 'delete',
            base: op.baseText,
            spaceBefore: letter.test(other[op.otherStart - 1] ?? ''),
            spaceAfter: letter.test(other[op.otherStart] ?? ''),
          });
        }
        break;
      case 'replace':
        out.push(
          wordless(op.otherText) && wordless(op.baseText)
            ? { kind: 'plain', text: op.otherText }
            : { kind: 'replace', text: op.otherText, base: op.baseText },
        );
        break;
      case 'move':
        out.push({ kind: 'move', text: op.otherText, moveId: op.moveId ?? 0 });
        break;
    }
    at = Math.max(at, end);
  }
  gap(other.length);
  return mergePlain(out);
}

/** True for punctuation-only text (no letter or digit). */
function wordless(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

function mergePlain(pieces: DiffPiece[]): DiffPiece[] {
  const out: DiffPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.kind === 'plain' && last?.kind === 'plain') last.text += p.text;
    else out.push(p);
  }
  return out;
}
