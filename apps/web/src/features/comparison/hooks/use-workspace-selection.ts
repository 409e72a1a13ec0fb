import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { MovingSentence } from './use-doc-actions';

/** Which view of the comparison is shown. */
export type WorkspaceView = 'side-by-side' | 'coverage';

/** What the person has selected, ticked, picked up and opened in a comparison workspace. */
export interface SelectionState {
  view: WorkspaceView;
  /** The claim whose panel is open. Kept when the claim vanishes (a restore, a remote undo) so it comes back with it. */
  selected: string | null;
  focusedArticle: string | null;
  /** True when the selection came from the keyboard, so the grid scrolls it into view and focuses it. */
  focusSelection: boolean;
  checked: ReadonlySet<string>;
  picked: MovingSentence | null;
  dialog: 'move' | 'columns' | 'help' | null;
}

/** Everything that changes a {@link SelectionState}. */
export type SelectionAction =
  | { type: 'select'; claimId: string | null; byKeyboard?: boolean; articleId?: string | null }
  | { type: 'view'; view: WorkspaceView | 'toggle' }
  | { type: 'toggleCheck'; claimId: string }
  | { type: 'clearChecks' }
  | { type: 'pruneChecks'; claimIds: ReadonlySet<string> }
  | { type: 'pick'; sentence: MovingSentence }
  | { type: 'dropPicked' }
  | { type: 'dialog'; dialog: SelectionState['dialog'] }
  | { type: 'focusSelection' };

const INITIAL: SelectionState = {
  view: 'side-by-side',
  selected: null,
  focusedArticle: null,
  focusSelection: false,
  checked: new Set(),
  picked: null,
  dialog: null,
};

/** The pure transitions of the workspace's selection (tested without React). */
export function selectionReducer(s: SelectionState, a: SelectionAction): SelectionState {
  switch (a.type) {
    case 'select':
      return { ...s, selected: a.claimId, focusedArticle: a.articleId ?? null, focusSelection: !!a.byKeyboard };
    case 'view':
      return { ...s, view: a.view === 'toggle' ? (s.view === 'coverage' ? 'side-by-side' : 'coverage') : a.view };
    case 'toggleCheck': {
      const checked = new Set(s.checked);
      if (!checked.delete(a.claimId)) checked.add(a.claimId);
      return { ...s, checked };
    }
    case 'clearChecks':
      return s.checked.size ? { ...s, checked: new Set() } : s;
    case 'pruneChecks':
      return [...s.checked].every((id) => a.claimIds.has(id))
        ? s
        : { ...s, checked: new Set([...s.checked].filter((id) => a.claimIds.has(id))) };
    case 'pick':
      return { ...s, picked: s.picked?.segmentId === a.sentence.segmentId ? null : a.sentence, dialog: 'move' };
    case 'dropPicked':
      return { ...s, picked: null, dialog: s.dialog === 'move' ? null : s.dialog };
    case 'dialog':
      return { ...s, dialog: a.dialog };
    case 'focusSelection':
      return { ...s, focusSelection: true };
  }
}

const storageKey = (comparisonId: string) => `parallax.selectedClaim.${comparisonId}`;

function storedSelection(comparisonId: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(comparisonId));
  } catch {
    return null;
  }
}

/**
 * The workspace's selection as a reducer, with the selected claim remembered for this tab (sessionStorage),
 * so a reload or a restore of a version reopens the claim that was open.
 */
export function useWorkspaceSelection(comparisonId: string, claimIds: ReadonlySet<string>) {
  const [state, dispatch] = useReducer(selectionReducer, comparisonId, (id) => ({ ...INITIAL, selected: storedSelection(id) }));
  useEffect(() => {
    try {
      if (state.selected) sessionStorage.setItem(storageKey(comparisonId), state.selected);
      else sessionStorage.removeItem(storageKey(comparisonId));
    } catch {
      /* private mode: nothing to remember */
    }
  }, [comparisonId, state.selected]);
  useEffect(() => dispatch({ type: 'pruneChecks', claimIds }), [claimIds]);
  const select = useCallback(
    (claimId: string | null, byKeyboard = false, articleId: string | null = null) =>
      dispatch({ type: 'select', claimId, byKeyboard, articleId }),
    [],
  );
  return useMemo(() => ({ state, dispatch, select }), [state, select]);
}
