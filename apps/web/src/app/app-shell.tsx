import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useParams } from 'react-router';
import { EmptyState } from '../components/ui/empty-state';
import { SkeletonLines } from '../components/ui/skeleton';
import { useMe } from '../features/auth/hooks/use-me';
import { useSignOut } from '../features/auth/hooks/use-sign-out';
import { CreateWorkspaceDialog } from '../features/workspaces/components/create-workspace-dialog';
import { WorkspaceSwitcher } from '../features/workspaces/components/workspace-switcher';
import { useLiveWorkspaces } from '../features/workspaces/hooks/use-live-workspaces';
import { lastWorkspace, rememberWorkspace, useWorkspaces } from '../features/workspaces/hooks/use-workspaces';

/** The frame of every signed-in page: brand, workspace switcher, navigation, account. */
export function AppShell() {
  // Pages outside a workspace (API tokens) keep the navigation of the workspace last opened.
  const routeWorkspace = useParams().workspaceId;
  const workspaceId = routeWorkspace ?? lastWorkspace();
  useEffect(() => {
    if (routeWorkspace) rememberWorkspace(routeWorkspace);
  }, [routeWorkspace]);
  const { me } = useMe();
  const signOut = useSignOut();
  const [creating, setCreating] = useState(false);
  useLiveWorkspaces();
  const { workspaces, loading } = useWorkspaces();
  // Deleted, or the viewer was removed while the page was open (the list follows live).
  const gone = !!routeWorkspace && !loading && !workspaces.some((w) => w.id === routeWorkspace);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Parallax home">
          <span className="brand-mark" aria-hidden="true" /> Parallax
        </NavLink>
        <WorkspaceSwitcher onCreate={() => setCreating(true)} />
        {workspaceId && (
          <nav aria-label="Workspace" className="topnav">
            <NavLink to={`/w/${workspaceId}`} end>
              Library
            </NavLink>
            <NavLink to={`/w/${workspaceId}/comparisons`}>Comparisons</NavLink>
            <NavLink to={`/w/${workspaceId}/threads`}>Threads</NavLink>
            <NavLink to={`/w/${workspaceId}/members`}>Members</NavLink>
          </nav>
        )}
        <div className="topbar-end">
          <NavLink to="/settings/tokens">API tokens</NavLink>
          <span className="muted" aria-label="Signed in as">
            {me?.name ?? ''}
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <Suspense
        fallback={
          <main className="page">
            <SkeletonLines lines={6} />
          </main>
        }
      >
        {gone ? <WorkspaceGone /> : <Outlet />}
      </Suspense>
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}

function WorkspaceGone() {
  return (
    <main className="page" id="main">
      <EmptyState title="This workspace is not available" action={<NavLink to="/">Open another workspace</NavLink>}>
        It was deleted, or you are no longer a member. Ask an owner to invite you again if you still need it.
      </EmptyState>
    </main>
  );
}
