import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import { rowBaseArticle } from '@parallax/align';
import type { Peer } from '../../../lib/collab/presence';
import type { MovingSentence } from '../hooks/use-doc-actions';
import { peersOn } from '../hooks/use-presence';
import { useColumnWindow, useRowWindow } from '../hooks/use-virtual-window';
import { type ArticleColumn, cellText, type GridRow, longestCellLength, type SegmentInfo } from '../utils/grid';
import { ClaimCell } from './claim-cell';
import { ClaimRowHeader } from './claim-row-header';
import { CLAIM_MIME, readSentence } from './dnd';
import { OutletHeader } from './outlet-header';
import { UnassignedRow } from './unassigned-row';

const COL = 300;
const HEAD = 240;
const HEADER_ROW = 64;

/** Props of {@link SideBySideView}. */
export interface SideBySideProps {
  rows: GridRow[];
  columns: ArticleColumn[];
  baseId: string | null;
  segments: Map<string, SegmentInfo>;
  unassigned: Map<string, SegmentInfo[]>;
  selectedClaimId: string | null;
  /** Set when the selection moved by keyboard, so focus follows it. */
  focusSelection: boolean;
  checked: Set<string>;
  canEdit: boolean;
  peers: Peer[];
  commentCounts: Map<string, number>;
  picked: MovingSentence | null;
  onSelect: (claimId: string) => void;
  /** The user clicked into an outlet's cell: shared as what they are looking at. */
  onFocusCell: (claimId: string, articleId: string) => void;
  focusedArticleId: string | null;
  onCheck: (claimId: string) => void;
  onPick: (s: MovingSentence) => void;
  onDropSentence: (s: MovingSentence, claimId: string) => void;
  onDropClaim: (claimId: string, beforeClaimId: string | null) => void;
  onSetBase: (articleId: string) => void;
  /** Articles whose "Only in …" group is folded, and how to fold or unfold one. */
  collapsedGroups?: ReadonlySet<string>;
  onToggleGroup?: (articleId: string) => void;
}

/**
 * Claims as rows and outlets as columns, each cell the outlet's sentences diffed against the base column.
 * Rows and columns are windowed: only what is in view is rendered, so 50 outlets × 300 claims stays fast.
 */
export function SideBySideView(p: SideBySideProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const lengths = useMemo(() => {
    const shown = new Set(p.columns.map((c) => c.id));
    return p.rows.map((r) => longestCellLength(r, shown, p.segments));
  }, [p.rows, p.columns, p.segments]);
  const estimate = useCallback((i: number) => 70 + Math.ceil((lengths[i] ?? 0) / 42) * 21, [lengths]);
  const keys = useMemo(() => p.rows.map((r) => r.claim.id), [p.rows]);
  const win = useRowWindow(scroller, keys, estimate, HEADER_ROW);
  const cols = useColumnWindow(scroller, p.columns.length, COL, HEAD);
  const selectedIndex = p.rows.findIndex((r) => r.claim.id === p.selectedClaimId);

  useEffect(() => {
    if (selectedIndex < 0) return;
    win.scrollToIndex(selectedIndex);
    if (!p.focusSelection) return;
    const id = requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-claim-id="${p.selectedClaimId}"]`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(id);
    // Only a change of selection scrolls; re-measuring rows must not pull the view back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.selectedClaimId, p.focusSelection]);

  const width = HEAD + p.columns.length * COL;
  const visibleCols = p.columns.slice(cols.first, cols.last);
  const columnIds = p.columns.map((c) => c.id);
  // Where the base omits a claim, the first reporting column stands in, so every badge matches a drawn diff.
  const rowBaseOf = (row: GridRow) =>
    rowBaseArticle(new Set([...row.cells].filter(([, links]) => links.length > 0).map(([id]) => id)), p.baseId, columnIds);

  const onDrop = (e: DragEvent, claimId: string | null) => {
    const sentence = readSentence(e.dataTransfer);
    if (sentence && claimId) {
      e.preventDefault();
      p.onDropSentence(sentence, claimId);
      return;
    }
    const moved = e.dataTransfer.getData(CLAIM_MIME);
    if (moved) {
      e.preventDefault();
      p.onDropClaim(moved, claimId);
    }
  };
  const allowDrop = (e: DragEvent) => {
    if (!p.canEdit) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
  };

  return (
    <div
      ref={scroller}
      className="grid-scroller"
      role="grid"
      aria-label="Claims by outlet"
      aria-rowcount={p.rows.length + 2}
      aria-colcount={p.columns.length + 1}
    >
      <div className="grid-canvas" style={{ height: win.total + 200, width }}>
        <div role="row" aria-rowindex={1} className="grid-header" style={{ width, height: HEADER_ROW }}>
          <div role="columnheader" className="claim-head header-corner">
            Claims · {p.rows.length}
          </div>
          <div style={{ width: cols.first * COL, flex: 'none' }} aria-hidden="true" />
          {visibleCols.map((c, i) => (
            <OutletHeader
              key={c.id}
              column={c}
              colIndex={cols.first + i + 2}
              width={COL}
              isBase={c.id === p.baseId}
              onSetBase={() => p.onSetBase(c.id)}
            />
          ))}
        </div>
        {p.rows.slice(win.start, win.end).map((row, k) => {
          const index = win.start + k;
          const rowBase = rowBaseOf(row);
          const base = rowBase ? cellText(row, rowBase, p.segments) : null;
          const selected = row.claim.id === p.selectedClaimId;
          const peers = peersOn(p.peers, row.claim.id);
          return (
            <div
              key={row.claim.id}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={selected}
              className={['grid-row', selected ? 'selected' : '', p.checked.has(row.claim.id) ? 'checked' : ''].join(' ')}
              style={{ top: win.offsets[index], width, boxShadow: peers[0] ? `inset 4px 0 0 ${peers[0].user.color}` : undefined }}
              ref={(el) => win.measure(row.claim.id, el)}
              onDragOver={allowDrop}
              onDrop={(e) => onDrop(e, row.claim.id)}
            >
              <ClaimRowHeader
                row={row}
                number={index + 1}
                totalOutlets={p.columns.length}
                selected={selected}
                tabbable={selected || (selectedIndex < 0 && index === 0)}
                checked={p.checked.has(row.claim.id)}
                canEdit={p.canEdit}
                peers={peers}
                comments={p.commentCounts.get(row.claim.id) ?? 0}
                onSelect={() => p.onSelect(row.claim.id)}
                onCheck={() => p.onCheck(row.claim.id)}
                collapsed={row.group ? (p.collapsedGroups?.has(row.group.articleId) ?? false) : false}
                onToggleGroup={row.group && p.onToggleGroup ? () => p.onToggleGroup!(row.group!.articleId) : undefined}
              />
              <div style={{ width: cols.first * COL, flex: 'none' }} aria-hidden="true" />
              {visibleCols.map((c, i) => {
                const focused = peers.find((peer) => peer.focus?.articleId === c.id);
                return (
                  <div
                    key={c.id}
                    role="gridcell"
                    aria-colindex={cols.first + i + 2}
                    aria-selected={selected && p.focusedArticleId === c.id}
                    onClick={() => p.onFocusCell(row.claim.id, c.id)}
                    className={[
                      'grid-cell',
                      c.id === p.baseId ? 'base' : '',
                      selected && p.focusedArticleId === c.id ? 'focused' : '',
                    ].join(' ')}
                    style={{ width: COL, outline: focused ? `2px solid ${focused.user.color}` : undefined }}
                    title={focused ? `${focused.user.name} is looking here` : undefined}
                  >
                    <ClaimCell
                      links={row.cells.get(c.id)}
                      claimId={row.claim.id}
                      segments={p.segments}
                      base={base}
                      isBase={c.id === rowBase}
                      standIn={rowBase !== p.baseId}
                      outletCount={row.outletCount}
                      canEdit={p.canEdit}
                      picked={p.picked?.fromClaimId === row.claim.id ? p.picked.segmentId : null}
                      onPick={p.onPick}
                    />
                  </div>
                );
              })}
            </div>
          );
        })}
        <UnassignedRow
          top={win.offsets[p.rows.length]!}
          width={width}
          rowIndex={p.rows.length + 2}
          columns={visibleCols}
          leading={cols.first * COL}
          colWidth={COL}
          firstCol={cols.first}
          unassigned={p.unassigned}
          canEdit={p.canEdit}
          picked={p.picked}
          onPick={p.onPick}
          onDropClaim={(claimId) => p.onDropClaim(claimId, null)}
        />
      </div>
    </div>
  );
}
