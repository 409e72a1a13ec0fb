import { useState } from 'react';
import { Navigate } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { SkeletonLines } from '../components/ui/skeleton';
import { CreateWorkspaceDialog } from '../features/workspaces/components/create-workspace-dialog';
import { PendingInvitations } from '../features/workspaces/components/pending-invitations';
import { lastWorkspace, useWorkspaces } from '../features/workspaces/hooks/use-workspaces';

/** `/`: opens the last workspace (or the first); a user with none is told how to start. */
export function HomeRedirect() {
  const { workspaces, loading } = useWorkspaces();
  const [creating, setCreating] = useState(false);
  if (loading)
    return (
      <main className="page">
        <SkeletonLines lines={4} />
      </main>
    );
  const last = lastWorkspace();
  const target = workspaces.find((w) => w.id === last) ?? workspaces[0];
  if (target) return <Navigate to={`/w/${target.id}`} replace />;
  return (
    <main className="page stack" id="main">
      <PendingInvitations />
      <EmptyState
        title="You are not in a workspace yet"
        action={
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            Create a workspace
          </button>
        }
      >
        Create one for your desk, or ask a colleague who owns a workspace to invite you by your email; the invitation appears here.
      </EmptyState>
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </main>
  );
}
