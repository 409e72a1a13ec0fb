import { type ComparisonDocView, ORIGIN } from '@parallax/doc';
import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { Alert } from '../../../components/ui/alert';
import { Kbd } from '../../../components/ui/kbd';
import { plural } from '../../../lib/format';
import { useColumns } from '../hooks/use-columns';
import { type DocUser, useDocActions } from '../hooks/use-doc-actions';
import { useDocView } from '../hooks/use-doc-view';
import { usePresence } from '../hooks/use-presence';
import { useShortcuts } from '../hooks/use-shortcuts';
import { useUndo } from '../hooks/use-undo';
import { emptyClaims, workspaceCommands } from '../hooks/use-workspace-commands';
import { useWorkspaceSelection } from '../hooks/use-workspace-selection';
import { type ArticleColumn, buildRows, collapseGroups, indexSegments, orderRows, unassignedSegments } from '../utils/grid';
import { ClaimInspector } from './claim-inspector';
import { UndoNotice } from './undo-notice';
import { WorkspaceDialogs } from './workspace-dialogs';
import { WorkspaceMain } from './workspace-main';
import { WorkspaceToolbar } from './workspace-toolbar';
import { WorkspaceToolbarActions } from './workspace-toolbar-actions';

/** Props of {@link ComparisonWorkspace}. */
export interface ComparisonWorkspaceProps {
  comparisonId: string;
  title: string;
  pivotArticleId: string | null;
  articles: ArticleColumn[];
  doc: Y.Doc;
  me: DocUser;
  canEdit: boolean;
  awareness?: Awareness | null;
  /** Status and actions that need the server (save state, history, export, auto-align). */
  status?: ReactNode;
  actions?: ReactNode;
  banner?: ReactNode;
  /** Shown instead of the grid while the doc has no claims (e.g. an auto-align button). */
  emptyAction?: ReactNode;
  /**
   * The claims to show, read-only, until the doc has loaded (the server's projection, see projectedView);
   * null or absent once the doc is the one to show. Same rows and order, so the switch does not move them.
   */
  projected?: ComparisonDocView | null;
}

/**
 * The comparison workspace on a Y.Doc: side-by-side and coverage views, the claim panel, presence and the
 * keyboard. Every edit is a @parallax/doc operation with the user's origin, so it syncs to everyone
 * through whatever provider the doc is attached to (and can be undone with Ctrl+Z). State lives in hooks
 * (the doc view, the selection reducer, the commands); the parts below only render.
 */
export const ComparisonWorkspace = memo(function ComparisonWorkspace(p: ComparisonWorkspaceProps) {
  const origin = useMemo(() => ORIGIN.user(p.me.id), [p.me.id]);
  const live = useDocView(p.doc, origin);
  const view = p.projected ?? live;
  // Edits are operations on the doc: none until it is the one shown.
  const canEdit = p.canEdit && !p.projected;
  const actions = useDocActions(p.doc, origin, p.me, canEdit);
  const { peers, publish } = usePresence(p.awareness ?? null, p.me);
  const columns = useColumns(p.comparisonId, p.articles, p.pivotArticleId);
  const segments = useMemo(() => indexSegments(p.articles), [p.articles]);
  const ordered = useMemo(
    () => orderRows(buildRows(view, segments), columns.visible, columns.baseId, segments),
    [view, segments, columns.visible, columns.baseId],
  );
  // What one outlet alone says starts folded per outlet, so the shared claims read first.
  const [expandedGroups, setExpandedGroups] = useState<ReadonlySet<string>>(new Set());
  const collapsedGroups = useMemo(
    () => new Set(columns.visible.map((c) => c.id).filter((id) => !expandedGroups.has(id))),
    [columns.visible, expandedGroups],
  );
  const rows = useMemo(() => collapseGroups(ordered, collapsedGroups), [ordered, collapsedGroups]);
  const toggleGroup = (articleId: string) =>
    setExpandedGroups((prev) => {
      const next = new Set(prev);
      if (next.has(articleId)) next.delete(articleId);
      else next.add(articleId);
      return next;
    });
  const unassigned = useMemo(() => unassignedSegments(view, p.articles), [view, p.articles]);
  const claims = view.claims;
  const claimIds = useMemo(() => new Set(claims.map((c) => c.id)), [claims]);
  const undo = useUndo(p.doc, origin);
  const { state: selection, dispatch, select: selectClaim } = useWorkspaceSelection(p.comparisonId, claimIds);
  const labelRef = useRef<HTMLInputElement>(null);

  const select = (claimId: string | null, byKeyboard = false, articleId: string | null = null) => {
    selectClaim(claimId, byKeyboard, articleId);
    publish({ focus: claimId ? { claimId, articleId } : null, editing: null });
  };
  const commands = workspaceCommands({ claims, rows, actions, selection, dispatch, select, notify: undo.notify });
  const { row, index } = commands;
  const managed = useMemo(() => ({ ...actions, deleteClaim: commands.deleteClaim }), [actions, commands.deleteClaim]);
  const commentCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of view.comments)
      if (c.anchor.kind === 'claim' && c.parentId === null && !c.resolved) m.set(c.anchor.claimId, (m.get(c.anchor.claimId) ?? 0) + 1);
    return m;
  }, [view.comments]);
  const emptyCount = useMemo(() => emptyClaims(claims).length, [claims]);
  useEffect(() => publish({ view: selection.view }), [selection.view, publish]);

  useShortcuts({
    next: () => commands.step(1),
    prev: () => commands.step(-1),
    rename: () => row && labelRef.current?.focus(),
    note: () => row && document.querySelector<HTMLTextAreaElement>('.note-editor textarea')?.focus(),
    moveUp: () => commands.moveSelected(-1),
    moveDown: () => commands.moveSelected(1),
    newClaim: () => canEdit && commands.newClaim(),
    movePicked: () => selection.picked && dispatch({ type: 'dialog', dialog: 'move' }),
    check: () => row && dispatch({ type: 'toggleCheck', claimId: row.claim.id }),
    toggleView: () => dispatch({ type: 'view', view: 'toggle' }),
    help: () => dispatch({ type: 'dialog', dialog: 'help' }),
    escape: () => (selection.picked ? dispatch({ type: 'dropPicked' }) : select(null)),
    undo: () => canEdit && undo.undo(),
    redo: () => canEdit && undo.redo(),
  });

  return (
    <div className="workspace">
      <WorkspaceToolbar
        title={p.title}
        subtitle={`${plural(p.articles.length, 'outlet')} · ${plural(claims.length, 'claim')}`}
        view={selection.view}
        onView={(v) => dispatch({ type: 'view', view: v })}
      >
        <WorkspaceToolbarActions
          peers={peers}
          claims={claims}
          canEdit={canEdit}
          checkedCount={selection.checked.size}
          emptyCount={emptyCount}
          visibleColumns={columns.visible.length}
          totalColumns={p.articles.length}
          status={p.status}
          actions={p.actions}
          onJump={(id) => select(id)}
          onMerge={commands.mergeChecked}
          onNewClaim={() => commands.newClaim()}
          onRemoveEmpty={commands.removeEmptyClaims}
          onColumns={() => dispatch({ type: 'dialog', dialog: 'columns' })}
          onHelp={() => dispatch({ type: 'dialog', dialog: 'help' })}
        />
      </WorkspaceToolbar>
      {p.banner}
      <UndoNotice text={undo.notice} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {actions.error && (
        <div className="ws-error">
          <Alert>
            {actions.error}{' '}
            <button type="button" className="link-button" onClick={actions.clearError}>
              Dismiss
            </button>
          </Alert>
        </div>
      )}
      <div className={row ? 'ws-body with-inspector' : 'ws-body'}>
        <WorkspaceMain
          selection={selection}
          dispatch={dispatch}
          commands={commands}
          rows={rows}
          ordered={ordered}
          collapsedGroups={collapsedGroups}
          onToggleGroup={toggleGroup}
          columns={columns}
          segments={segments}
          unassigned={unassigned}
          canEdit={canEdit}
          peers={peers}
          commentCounts={commentCounts}
          emptyAction={claims.length === 0 ? p.emptyAction : null}
          onSelect={select}
        />
        {row && (
          <ClaimInspector
            row={row}
            index={index}
            claims={claims}
            columns={columns.ordered}
            baseId={columns.baseId}
            visibleColumns={columns.visible}
            segments={segments}
            comments={view.comments}
            doc={p.doc}
            origin={origin}
            actions={managed}
            canEdit={canEdit}
            peers={peers}
            labelRef={labelRef}
            publish={publish}
            onClose={() => select(null)}
          />
        )}
      </div>
      <footer className="ws-footer muted small">
        <Kbd>j</Kbd>/<Kbd>k</Kbd> claims · <Kbd>r</Kbd> rename · <Kbd>n</Kbd> note · <Kbd>v</Kbd> coverage · <Kbd>?</Kbd> all shortcuts
      </footer>
      <WorkspaceDialogs
        selection={selection}
        dispatch={dispatch}
        commands={commands}
        claims={claims}
        segments={segments}
        columns={columns}
      />
    </div>
  );
});
