import type { Dispatch, ReactNode } from 'react';
import type { Peer } from '../../../lib/collab/presence';
import type { useColumns } from '../hooks/use-columns';
import type { WorkspaceCommands } from '../hooks/use-workspace-commands';
import type { SelectionAction, SelectionState } from '../hooks/use-workspace-selection';
import type { GridRow, SegmentInfo, unassignedSegments } from '../utils/grid';
import { CoverageMatrix } from './coverage-matrix';
import { SideBySideView } from './side-by-side-view';

/** The main area of the workspace: the side-by-side grid or the coverage matrix, and the empty state. */
export function WorkspaceMain(p: {
  selection: SelectionState;
  dispatch: Dispatch<SelectionAction>;
  commands: WorkspaceCommands;
  rows: GridRow[];
  /** Every row in order, folded groups included (the coverage matrix shows them all). */
  ordered: GridRow[];
  collapsedGroups: ReadonlySet<string>;
  onToggleGroup: (articleId: string) => void;
  columns: ReturnType<typeof useColumns>;
  segments: Map<string, SegmentInfo>;
  unassigned: ReturnType<typeof unassignedSegments>;
  canEdit: boolean;
  peers: Peer[];
  commentCounts: Map<string, number>;
  emptyAction: ReactNode;
  onSelect: (claimId: string | null, byKeyboard?: boolean, articleId?: string | null) => void;
}) {
  const s = p.selection;
  return (
    <div className="ws-main">
      {p.emptyAction ? <div className="ws-empty">{p.emptyAction}</div> : null}
      {s.view === 'coverage' ? (
        <CoverageMatrix
          rows={p.ordered}
          columns={p.columns.visible}
          baseId={p.columns.baseId}
          segments={p.segments}
          onJump={(claimId, articleId) => {
            p.dispatch({ type: 'view', view: 'side-by-side' });
            p.onSelect(claimId, true, articleId);
          }}
        />
      ) : (
        <SideBySideView
          rows={p.rows}
          collapsedGroups={p.collapsedGroups}
          onToggleGroup={p.onToggleGroup}
          columns={p.columns.visible}
          baseId={p.columns.baseId}
          segments={p.segments}
          unassigned={p.unassigned}
          selectedClaimId={s.selected}
          focusSelection={s.focusSelection}
          checked={s.checked as Set<string>}
          canEdit={p.canEdit}
          peers={p.peers}
          commentCounts={p.commentCounts}
          picked={s.picked}
          onSelect={(id) => p.onSelect(id)}
          onFocusCell={(claimId, articleId) => p.onSelect(claimId, false, articleId)}
          focusedArticleId={s.focusedArticle}
          onCheck={(id) => p.dispatch({ type: 'toggleCheck', claimId: id })}
          onPick={(sentence) => p.dispatch({ type: 'pick', sentence })}
          onDropSentence={p.commands.moveSentence}
          onDropClaim={p.commands.dropClaim}
          onSetBase={p.columns.setBase}
        />
      )}
    </div>
  );
}
