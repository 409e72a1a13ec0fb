import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { WorkspacesDocument } from '../../../gql/graphql';
import type { Role } from '../../../gql/graphql';

const LAST_KEY = 'parallax.workspace';

/** Remembers the workspace the user last opened, so `/` brings them back to it. */
export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(LAST_KEY, id);
  } catch {
    /* private mode: nothing to remember */
  }
}

/** The workspace the user last opened, if any. */
export function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

/** The viewer's workspaces. */
export function useWorkspaces() {
  const { data, loading, error } = useQuery(WorkspacesDocument);
  return { workspaces: data?.workspaces ?? [], loading: loading && !data, error };
}

/** The workspace named by the `:workspaceId` route parameter, with the viewer's role in it. */
export function useCurrentWorkspace() {
  const { workspaceId } = useParams();
  const { workspaces, loading, error } = useWorkspaces();
  const workspace = workspaces.find((w) => w.id === workspaceId) ?? null;
  const role: Role | null = workspace?.myRole ?? null;
  return {
    workspaceId: workspaceId ?? null,
    workspace,
    role,
    canEdit: role === 'OWNER' || role === 'EDITOR',
    isOwner: role === 'OWNER',
    loading,
    error,
  };
}
