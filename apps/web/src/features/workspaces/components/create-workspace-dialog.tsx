import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { errorMessage } from '../../../lib/errors';
import { useWorkspaceActions } from '../hooks/use-workspace-actions';

/** Names and creates a workspace (the creator becomes its owner), then opens it. */
export function CreateWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const navigate = useNavigate();
  const { create, creating: loading, createError: error } = useWorkspaceActions();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await create(name).catch(() => null);
    if (!created) return;
    setName('');
    onClose();
    navigate(`/w/${created.id}`);
  }
  return (
    <Dialog open={open} title="New workspace" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <label>
          Name
          <input required autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. China desk" />
        </label>
        {error && <Alert>{errorMessage(error)}</Alert>}
        <div className="row-end">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={loading}>
            Create workspace
          </button>
        </div>
      </form>
    </Dialog>
  );
}
