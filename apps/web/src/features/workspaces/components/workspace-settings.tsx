import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { RenameDialog } from '../../../components/ui/rename-dialog';
import { errorMessage } from '../../../lib/errors';
import { plural } from '../../../lib/format';
import { useWorkspaceActions } from '../hooks/use-workspace-actions';

/** The owner's settings of a workspace: rename it, or delete it with everything in it (name typed to confirm). */
export function WorkspaceSettings({ workspace, memberCount }: { workspace: { id: string; name: string }; memberCount: number }) {
  const actions = useWorkspaceActions();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const rename = async (name: string) => {
    if (await actions.rename(workspace.id, name).catch(() => null)) setRenaming(false);
  };
  const remove = async () => {
    if (await actions.remove(workspace.id, workspace.name).catch(() => null)) navigate('/', { replace: true });
  };
  return (
    <section className="card stack-small danger-zone" aria-labelledby="ws-settings-title">
      <h2 id="ws-settings-title">Workspace</h2>
      <div className="settings-row">
        <div>
          <strong className="break-anywhere">{workspace.name}</strong>
          <p className="muted small">Every member sees a new name at once.</p>
        </div>
        <button type="button" onClick={() => setRenaming(true)}>
          Rename…
        </button>
      </div>
      <div className="settings-row">
        <div>
          <strong>Delete this workspace</strong>
          <p className="muted small">
            Its articles, comparisons and history are deleted for all {plural(memberCount, 'member')}. This cannot be undone.
          </p>
        </div>
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          Delete workspace…
        </button>
      </div>
      <RenameDialog
        open={renaming}
        title="Rename workspace"
        label="Name"
        value={workspace.name}
        maxLength={100}
        busy={actions.renaming}
        error={actions.renameError ? errorMessage(actions.renameError) : null}
        onSave={(name) => void rename(name)}
        onClose={() => setRenaming(false)}
      />
      <ConfirmDialog
        open={deleting}
        title="Delete workspace"
        confirmLabel="Delete workspace"
        danger
        typeToConfirm={workspace.name}
        busy={actions.removing}
        error={actions.removeError ? errorMessage(actions.removeError) : null}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(false)}
      >
        <p>
          This deletes <strong className="break-anywhere">{workspace.name}</strong> with all its articles, comparisons, notes and history,
          for every member. It cannot be undone; export the comparisons you want to keep first.
        </p>
      </ConfirmDialog>
    </section>
  );
}
