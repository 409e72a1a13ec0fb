import { comparisonRootTypes, ORIGIN } from '@parallax/doc';
import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Alert } from '../../../components/ui/alert';
import { Kbd } from '../../../components/ui/kbd';
import { plural } from '../../../lib/format';
import { useColumns } from '../hooks/use-columns';
import { type DocUser, type MovingSentence, useDocActions } from '../hooks/use-doc-actions';
import { useDocView } from '../hooks/use-doc-view';
import { usePresence } from '../hooks/use-presence';
import { useShortcuts } from '../hooks/use-shortcuts';
import { type ArticleColumn, buildRows, collapseGroups, indexSegments, orderRows, unassignedSegments } from '../utils/grid';
import { ClaimInspector } from './claim-inspector';
import { ColumnPicker } from './column-picker';
import { CoverageMatrix } from './coverage-matrix';
import { MoveSentenceDialog } from './move-sentence-dialog';
import { PresenceBar } from './presence-bar';
import { ShortcutsHelp } from './shortcuts-help';
import { SideBySideView } from './side-by-side-view';
import { WorkspaceToolbar } from './workspace-toolbar';

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
}

/**
 * The comparison workspace on a Y.Doc: side-by-side and coverage views, the claim panel, presence and the
 * keyboard. Every edit is a @parallax/doc operation with the user's origin, so it syncs to everyone
 * through whatever provider the doc is attached to (and can be undone with Ctrl+Z).
 */
export const ComparisonWorkspace = memo(function ComparisonWorkspace(p: ComparisonWorkspaceProps) {
  const origin = useMemo(() => ORIGIN.user(p.me.id), [p.me.id]);
  const view = useDocView(p.doc, origin);
  const actions = useDocActions(p.doc, origin, p.me, p.canEdit);
  const { peers, publish } = usePresence(p.awareness ?? null, p.me);
  const columns = useColumns(p.comparisonId, p.articles, p.pivotArticleId);
  const segments = useMemo(() => indexSegments(p.articles), [p.articles]);
  const ordered = useMemo(
    () => orderRows(buildRows(view, segments), columns.visible, columns.baseId, segments),
    [view, segments, columns.visible, columns.baseId],
  );
  // What one outlet alone says starts folded per outlet, so the shared claims read first.
  const [expandedGroups, setExpandedGroups] = useState<ReadonlySet<string>>(new Set());
  const collapsedGroups = useMemo(() => new Set(columns.visible.map((c) => c.id).filter((id) => !expandedGroups.has(id))), [columns.visible, expandedGroups]);
  const rows = useMemo(() => collapseGroups(ordered, collapsedGroups), [ordered, collapsedGroups]);
  const toggleGroup = (articleId: string) =>
    setExpandedGroups((prev) => {
      const next = new Set(prev);
      if (next.has(articleId)) next.delete(articleId);
      else next.add(articleId);
      return next;
    });
  const unassigned = useMemo(() => unassignedSegments(view, p.articles), [view, p.articles]);
  const undo = useMemo(() => new Y.UndoManager(comparisonRootTypes(p.doc), { trackedOrigins: new Set([origin]) }), [p.doc, origin]);
  useEffect(() => () => undo.destroy(), [undo]);

  const [mode, setMode] = useState<'side-by-side' | 'coverage'>('side-by-side');
  const [selected, setSelected] = useState<string | null>(null);
  const [focusedArticle, setFocusedArticle] = useState<string | null>(null);
  const [focusSelection, setFocusSelection] = useState(false);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [picked, setPicked] = useState<MovingSentence | null>(null);
  const [moveDialog, setMoveDialog] = useState(false);
  const [showColumns, setShowColumns] = useState(false);
  const [showHelp, setShowHelp] = useState(false);
  const labelRef = useRef<HTMLInputElement>(null);

  const index = rows.findIndex((r) => r.claim.id === selected);
  const row = index >= 0 ? rows[index]! : null;
  const claims = view.claims;
  const commentCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of view.comments) if (c.anchor.kind === 'claim' && c.parentId === null && !c.resolved) m.set(c.anchor.claimId, (m.get(c.anchor.claimId) ?? 0) + 1);
    return m;
  }, [view.comments]);

  const select = (claimId: string | null, byKeyboard = false, articleId: string | null = null) => {
    setSelected(claimId);
    setFocusedArticle(articleId);
    setFocusSelection(byKeyboard);
    publish({ focus: claimId ? { claimId, articleId } : null, editing: null });
  };
  // A claim merged or deleted by someone else closes its panel instead of showing a stale one.
  useEffect(() => {
    if (selected && !claims.some((c) => c.id === selected)) setSelected(null);
    setChecked((s) => (s.size && [...s].some((id) => !claims.some((c) => c.id === id)) ? new Set([...s].filter((id) => claims.some((c) => c.id === id))) : s));
  }, [claims, selected]);
  useEffect(() => publish({ view: mode }), [mode, publish]);

  const step = (delta: number) => {
    if (rows.length === 0) return;
    const next = index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + delta));
    setMode('side-by-side');
    select(rows[next]!.claim.id, true);
  };
  const moveSelected = (delta: -1 | 1) => {
    if (!row) return;
    if (delta < 0 && index > 0) actions.moveClaimBetween(row.claim.id, claims[index - 2]?.id ?? null, claims[index - 1]!.id);
    if (delta > 0 && index < claims.length - 1) actions.moveClaimBetween(row.claim.id, claims[index + 1]!.id, claims[index + 2]?.id ?? null);
    setFocusSelection(true);
  };
  const newClaim = (label = 'New claim') => {
    const id = actions.createClaim(label, row ? row.claim.id : undefined);
    if (id) select(id);
    return id;
  };
  const pick = (s: MovingSentence) => {
    setPicked((cur) => (cur?.segmentId === s.segmentId ? null : s));
    setMoveDialog(true);
  };
  const toggleCheck = (id: string) =>
    setChecked((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const relationOf = (s: MovingSentence) => claims.find((c) => c.id === s.fromClaimId)?.links.find((l) => l.segmentId === s.segmentId)?.relation;
  const moveSentence = (s: MovingSentence, claimId: string) => actions.moveSentence(s, claimId, relationOf(s));
  const dropClaim = (claimId: string, beforeId: string | null) => {
    if (claimId === beforeId) return;
    const order = claims.filter((c) => c.id !== claimId);
    const at = beforeId ? order.findIndex((c) => c.id === beforeId) : order.length;
    actions.moveClaimBetween(claimId, order[at - 1]?.id ?? null, order[at]?.id ?? null);
  };
  const mergeChecked = () => {
    const ids = claims.filter((c) => checked.has(c.id)).map((c) => c.id);
    if (ids.length < 2) return;
    actions.mergeClaims(ids[0]!, ids.slice(1));
    setChecked(new Set());
    select(ids[0]!);
  };

  useShortcuts({
    next: () => step(1),
    prev: () => step(-1),
    rename: () => row && labelRef.current?.focus(),
    note: () => row && document.querySelector<HTMLTextAreaElement>('.note-editor textarea')?.focus(),
    moveUp: () => moveSelected(-1),
    moveDown: () => moveSelected(1),
    newClaim: () => p.canEdit && newClaim(),
    movePicked: () => picked && setMoveDialog(true),
    check: () => row && toggleCheck(row.claim.id),
    toggleView: () => setMode((m) => (m === 'coverage' ? 'side-by-side' : 'coverage')),
    help: () => setShowHelp(true),
    escape: () => (picked ? setPicked(null) : select(null)),
    undo: () => p.canEdit && undo.undo(),
    redo: () => p.canEdit && undo.redo(),
  });

  const pickedSegment = picked ? (segments.get(picked.segmentId) ?? null) : null;
  return (
    <div className="workspace">
      <WorkspaceToolbar title={p.title} subtitle={`${plural(p.articles.length, 'outlet')} · ${plural(claims.length, 'claim')}`} view={mode} onView={setMode}>
        <PresenceBar peers={peers} claims={claims} onJump={(id) => select(id)} />
        {p.status}
        {p.canEdit && checked.size >= 2 && (
          <button type="button" onClick={mergeChecked}>
            Merge {checked.size} claims
          </button>
        )}
        <button type="button" onClick={() => newClaim()} disabled={!p.canEdit} aria-keyshortcuts="c">
          New claim
        </button>
        <button type="button" onClick={() => setShowColumns(true)}>
          Columns ({columns.visible.length}/{p.articles.length})
        </button>
        {p.actions}
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" onClick={() => setShowHelp(true)}>
          ?
        </button>
      </WorkspaceToolbar>
      {p.banner}
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
        <div className="ws-main">
          {claims.length === 0 && p.emptyAction ? (
            <div className="ws-empty">{p.emptyAction}</div>
          ) : null}
          {mode === 'coverage' ? (
            <CoverageMatrix
              rows={ordered}
              columns={columns.visible}
              baseId={columns.baseId}
              segments={segments}
              onJump={(claimId, articleId) => {
                setMode('side-by-side');
                select(claimId, true, articleId);
              }}
            />
          ) : (
            <SideBySideView
              rows={rows}
              collapsedGroups={collapsedGroups}
              onToggleGroup={toggleGroup}
              columns={columns.visible}
              baseId={columns.baseId}
              segments={segments}
              unassigned={unassigned}
              selectedClaimId={selected}
              focusSelection={focusSelection}
              checked={checked}
              canEdit={p.canEdit}
              peers={peers}
              commentCounts={commentCounts}
              picked={picked}
              onSelect={(id) => select(id)}
              onFocusCell={(claimId, articleId) => select(claimId, false, articleId)}
              focusedArticleId={focusedArticle}
              onCheck={toggleCheck}
              onPick={pick}
              onDropSentence={moveSentence}
              onDropClaim={dropClaim}
              onSetBase={columns.setBase}
            />
          )}
        </div>
        {row && (
          <ClaimInspector
            row={row}
            index={index}
            claims={claims}
            columns={columns.ordered}
            segments={segments}
            comments={view.comments}
            doc={p.doc}
            origin={origin}
            actions={actions}
            canEdit={p.canEdit}
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
      <MoveSentenceDialog
        sentence={moveDialog ? picked : null}
        segment={pickedSegment}
        claims={claims}
        onClose={() => {
          setMoveDialog(false);
          setPicked(null);
        }}
        onMove={(claimId) => {
          if (picked) moveSentence(picked, claimId);
          setMoveDialog(false);
          setPicked(null);
          select(claimId);
        }}
        onNewClaim={(label) => {
          const id = actions.createClaim(label, row?.claim.id);
          if (id && picked) moveSentence(picked, id);
          setMoveDialog(false);
          setPicked(null);
          if (id) select(id);
        }}
      />
      <ColumnPicker open={showColumns} onClose={() => setShowColumns(false)} columns={columns} />
      <ShortcutsHelp open={showHelp} onClose={() => setShowHelp(false)} />
    </div>
  );
});
