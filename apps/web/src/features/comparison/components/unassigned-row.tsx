import type { DragEvent } from 'react';
import type { MovingSentence } from '../hooks/use-doc-actions';
import type { ArticleColumn, SegmentInfo } from '../utils/grid';
import { CLAIM_MIME } from './dnd';
import { SentenceChip } from './sentence-chip';

/**
 * The last row: each outlet's sentences that no claim holds yet, in place under its column. They are the
 * source for building claims by hand (drag one onto a claim, or Move with the keyboard).
 */
export function UnassignedRow(p: {
  top: number;
  width: number;
  rowIndex: number;
  columns: ArticleColumn[];
  leading: number;
  colWidth: number;
  firstCol: number;
  unassigned: Map<string, SegmentInfo[]>;
  canEdit: boolean;
  picked: MovingSentence | null;
  onPick: (s: MovingSentence) => void;
  onDropClaim: (claimId: string) => void;
}) {
  const total = [...p.unassigned.values()].reduce((n, list) => n + list.length, 0);
  const onDrop = (e: DragEvent) => {
    const claim = e.dataTransfer.getData(CLAIM_MIME);
    if (claim) {
      e.preventDefault();
      p.onDropClaim(claim);
    }
  };
  return (
    <div
      role="row"
      aria-rowindex={p.rowIndex}
      className="grid-row unassigned-row"
      style={{ top: p.top, width: p.width }}
      onDragOver={(e) => p.canEdit && e.preventDefault()}
      onDrop={onDrop}
    >
      <div role="rowheader" className="claim-head">
        <strong>Not in any claim</strong>
        <p className="muted small">
          {total === 0 ? 'Every sentence belongs to a claim.' : `${total} sentences. Drag one onto a claim, or use Move.`}
        </p>
      </div>
      <div style={{ width: p.leading, flex: 'none' }} aria-hidden="true" />
      {p.columns.map((c, i) => (
        <div key={c.id} role="gridcell" aria-colindex={p.firstCol + i + 2} className="grid-cell" style={{ width: p.colWidth }}>
          {(p.unassigned.get(c.id) ?? []).map((s) => (
            <SentenceChip
              key={s.id}
              segment={s}
              link={null}
              claimId={null}
              base={null}
              canEdit={p.canEdit}
              picked={p.picked?.segmentId === s.id}
              onPick={p.onPick}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
