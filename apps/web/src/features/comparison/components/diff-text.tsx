import { memo } from 'react';
import { cachedDiff, diffPieces } from '../utils/diff-cache';

/**
 * An outlet's sentence with a word-level diff against the base column's wording: words the base lacks are
 * inserted (<ins>), base words it lacks are struck (<del>), changed words show both, and phrases the outlet
 * moved are marked as moves rather than as a deletion plus an insertion. With no base it is plain text.
 */
export const DiffText = memo(function DiffText({ text, base }: { text: string; base: string | null }) {
  if (base === null || base === text) return <span className="diff">{text}</span>;
  const pieces = diffPieces(text, cachedDiff(base, text));
  return (
    <span className="diff">
      {pieces.map((p, i) => {
        switch (p.kind) {
          case 'plain':
            return <span key={i}>{p.text}</span>;
          case 'insert':
            return (
              <ins key={i} className="diff-insert" title="Not in the base column">
                {p.text}
              </ins>
            );
          case 'delete':
            return (
              <span key={i}>
                {p.spaceBefore && ' '}
                <del className="diff-delete" title="In the base column, left out here">
                  {p.base}
                </del>
                {p.spaceAfter && ' '}
              </span>
            );
          case 'replace':
            return (
              <span key={i} className="diff-replace" title={`Base column: “${p.base}”`}>
                <del className="diff-delete">{p.base}</del> <ins className="diff-insert">{p.text}</ins>
              </span>
            );
          case 'move':
            return (
              <mark key={i} className="diff-move" data-move-id={p.moveId} title="Moved: the base column has this phrase elsewhere">
                <span aria-hidden="true">⇄</span>
                <span className="visually-hidden">moved: </span>
                {p.text}
              </mark>
            );
        }
      })}
    </span>
  );
});
