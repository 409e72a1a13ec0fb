import { ChevronDown, ChevronRight, MessageSquare, StickyNote } from 'lucide-react';
import type { Peer } from '../../../lib/collab/presence';
import { CLAIM_MIME } from './dnd';
import { PresenceDots } from './presence-dots';
import type { GridRow } from '../utils/grid';

/** The sticky first cell of a claim row: number, label, coverage count, markers, selection for merging. */
export function ClaimRowHeader({
  row,
  number,
  totalOutlets,
  selected,
  tabbable,
  checked,
  canEdit,
  peers,
  comments,
  onSelect,
  onCheck,
  collapsed = false,
  onToggleGroup,
}: {
  row: GridRow;
  number: number;
  totalOutlets: number;
  selected: boolean;
  /** The one row label reachable with Tab (roving tab index): the selected claim, or the first. */
  tabbable: boolean;
  checked: boolean;
  canEdit: boolean;
  peers: Peer[];
  comments: number;
  onSelect: () => void;
  onCheck: () => void;
  /** For the row that opens an "Only in …" group: whether the group is folded, and how to toggle it. */
  collapsed?: boolean;
  onToggleGroup?: () => void;
}) {
  const { claim } = row;
  return (
    <div role="rowheader" className="claim-head">
      <div className="claim-head-top">
        {canEdit && (
          <span
            className="drag-handle"
            draggable
            title="Drag to reorder"
            aria-hidden="true"
            onDragStart={(e) => {
              e.dataTransfer.setData(CLAIM_MIME, claim.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            ⋮⋮
          </span>
        )}
        <input type="checkbox" checked={checked} onChange={onCheck} aria-label={`Select claim ${number} for merging`} disabled={!canEdit} />
        <button
          type="button"
          className="claim-label"
          data-claim-id={claim.id}
          tabIndex={tabbable ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onClick={onSelect}
        >
          <span className="claim-number">{number}</span> {claim.label}
        </button>
      </div>
      <div className="claim-head-meta">
        {row.group?.first && onToggleGroup ? (
          <button type="button" className="coverage-count only-one group-toggle" aria-expanded={!collapsed} onClick={onToggleGroup}>
            {collapsed ? <ChevronRight size={13} aria-hidden="true" /> : <ChevronDown size={13} aria-hidden="true" />} Only in {row.onlyIn}{' '}
            · {row.group.size}
          </button>
        ) : (
          <span className={row.outletCount === 1 ? 'coverage-count only-one' : 'coverage-count'} title="Outlets reporting this claim">
            {row.outletCount === 1 ? `Only in ${row.onlyIn ?? 'one outlet'}` : `${row.outletCount}/${totalOutlets} outlets`}
          </span>
        )}
        {claim.note && (
          <span className="with-icon" title="Has a note">
            <StickyNote size={13} aria-hidden="true" /> note
          </span>
        )}
        {comments > 0 && (
          <span className="with-icon" title="Open comments">
            <MessageSquare size={13} aria-hidden="true" /> {comments}
            <span className="visually-hidden">{comments === 1 ? ' open comment' : ' open comments'}</span>
          </span>
        )}
        <PresenceDots peers={peers} />
      </div>
    </div>
  );
}
