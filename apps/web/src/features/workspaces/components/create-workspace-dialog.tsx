import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Dialog } from '../../../components/ui/dialog';
import { CreateWorkspaceDocument, WorkspacesDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';

/** Names and creates a workspace (the creator becomes its owner), then opens it. */
export function CreateWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateWorkspaceDocument, { refetchQueries: [WorkspacesDocument] });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await create({ variables: { name } }).catch(() => null);
    if (!res?.data) return;
    setName('');
    onClose();
    navigate(`/w/${res.data.createWorkspace.id}`);
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
