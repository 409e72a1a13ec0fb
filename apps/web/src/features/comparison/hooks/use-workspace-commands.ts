import type { ClaimView } from '@parallax/doc';
import type { Dispatch } from 'react';
import type { GridRow } from '../utils/grid';
import type { DocActions, MovingSentence } from './use-doc-actions';
import type { SelectionAction, SelectionState } from './use-workspace-selection';

/** What the workspace's commands act on. */
export interface CommandContext {
  claims: ClaimView[];
  rows: GridRow[];
  actions: DocActions;
  selection: SelectionState;
  dispatch: Dispatch<SelectionAction>;
  select: (claimId: string | null, byKeyboard?: boolean, articleId?: string | null) => void;
  notify: (text: string) => void;
}

/** The claims that no outlet's sentence supports any more (moved or unlinked away). */
export function emptyClaims(claims: ClaimView[]): ClaimView[] {
  return claims.filter((c) => c.links.length === 0);
}

/**
 * The workspace's commands (keyboard, toolbar, drag and drop) over the doc actions and the selection.
 * Destructive ones offer "Undo" in a notice instead of asking first: every doc change can be undone.
 */
export function workspaceCommands(c: CommandContext) {
  const index = c.rows.findIndex((r) => r.claim.id === c.selection.selected);
  const row = index >= 0 ? c.rows[index]! : null;
  const relationOf = (s: MovingSentence) =>
    c.claims.find((x) => x.id === s.fromClaimId)?.links.find((l) => l.segmentId === s.segmentId)?.relation;
  const moveSentence = (s: MovingSentence, claimId: string) => c.actions.moveSentence(s, claimId, relationOf(s));
  return {
    index,
    row,
    step(delta: number) {
      if (c.rows.length === 0) return;
      const next = index < 0 ? 0 : Math.min(c.rows.length - 1, Math.max(0, index + delta));
      c.dispatch({ type: 'view', view: 'side-by-side' });
      c.select(c.rows[next]!.claim.id, true);
    },
    moveSelected(delta: -1 | 1) {
      if (!row) return;
      const at = c.claims.findIndex((x) => x.id === row.claim.id);
      if (delta < 0 && at > 0) c.actions.moveClaimBetween(row.claim.id, c.claims[at - 2]?.id ?? null, c.claims[at - 1]!.id);
      if (delta > 0 && at < c.claims.length - 1)
        c.actions.moveClaimBetween(row.claim.id, c.claims[at + 1]!.id, c.claims[at + 2]?.id ?? null);
      c.dispatch({ type: 'focusSelection' });
    },
    newClaim(label = 'New claim') {
      const id = c.actions.createClaim(label, row ? row.claim.id : undefined);
      if (id) c.select(id);
      return id;
    },
    moveSentence,
    /** Moves the picked sentence into a claim (or a new one), then selects it. */
    movePickedTo(claimId: string | null, newLabel?: string) {
      const picked = c.selection.picked;
      const target = claimId ?? (newLabel ? c.actions.createClaim(newLabel, row?.claim.id) : null);
      if (target && picked) moveSentence(picked, target);
      c.dispatch({ type: 'dropPicked' });
      if (target) c.select(target);
    },
    dropClaim(claimId: string, beforeId: string | null) {
      if (claimId === beforeId) return;
      const order = c.claims.filter((x) => x.id !== claimId);
      const at = beforeId ? order.findIndex((x) => x.id === beforeId) : order.length;
      c.actions.moveClaimBetween(claimId, order[at - 1]?.id ?? null, order[at]?.id ?? null);
    },
    mergeChecked() {
      const ids = c.claims.filter((x) => c.selection.checked.has(x.id)).map((x) => x.id);
      if (ids.length < 2) return;
      c.actions.mergeClaims(ids[0]!, ids.slice(1));
      c.dispatch({ type: 'clearChecks' });
      c.select(ids[0]!);
    },
    deleteClaim(claimId: string) {
      const label = c.claims.find((x) => x.id === claimId)?.label ?? 'the claim';
      c.actions.deleteClaim(claimId);
      if (c.selection.selected === claimId) c.select(null);
      c.notify(`Deleted “${label}”. Its sentences are back in “Not in any claim”.`);
    },
    removeEmptyClaims() {
      const empty = emptyClaims(c.claims);
      for (const claim of empty) c.actions.deleteClaim(claim.id);
      c.notify(empty.length === 1 ? 'Removed 1 empty claim.' : `Removed ${empty.length} empty claims.`);
    },
  };
}

/** The commands of {@link workspaceCommands}. */
export type WorkspaceCommands = ReturnType<typeof workspaceCommands>;
