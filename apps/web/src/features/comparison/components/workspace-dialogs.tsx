import type { ClaimView } from '@parallax/doc';
import type { Dispatch } from 'react';
import type { useColumns } from '../hooks/use-columns';
import type { WorkspaceCommands } from '../hooks/use-workspace-commands';
import type { SelectionAction, SelectionState } from '../hooks/use-workspace-selection';
import type { SegmentInfo } from '../utils/grid';
import { ColumnPicker } from './column-picker';
import { MoveSentenceDialog } from './move-sentence-dialog';
import { ShortcutsHelp } from './shortcuts-help';

/** The workspace's dialogs: move a sentence (the keyboard alternative to dragging), columns, shortcuts. */
export function WorkspaceDialogs(p: {
  selection: SelectionState;
  dispatch: Dispatch<SelectionAction>;
  commands: WorkspaceCommands;
  claims: ClaimView[];
  segments: Map<string, SegmentInfo>;
  columns: ReturnType<typeof useColumns>;
}) {
  const { picked, dialog } = p.selection;
  const close = () => p.dispatch({ type: 'dialog', dialog: null });
  return (
    <>
      <MoveSentenceDialog
        sentence={dialog === 'move' ? picked : null}
        segment={picked ? (p.segments.get(picked.segmentId) ?? null) : null}
        claims={p.claims}
        onClose={() => p.dispatch({ type: 'dropPicked' })}
        onMove={(claimId) => p.commands.movePickedTo(claimId)}
        onNewClaim={(label) => p.commands.movePickedTo(null, label)}
      />
      <ColumnPicker open={dialog === 'columns'} onClose={close} columns={p.columns} />
      <ShortcutsHelp open={dialog === 'help'} onClose={close} />
    </>
  );
}
