import { useMutation } from '@apollo/client/react';
import { CreateWorkspaceDocument, DeleteWorkspaceDocument, RenameWorkspaceDocument, WorkspacesDocument } from '../../../gql/graphql';

/** Creating, renaming and deleting workspaces; every change refetches the viewer's list. */
export function useWorkspaceActions() {
  const refetch = { refetchQueries: [WorkspacesDocument] };
  const [create, createState] = useMutation(CreateWorkspaceDocument, refetch);
  const [rename, renameState] = useMutation(RenameWorkspaceDocument, refetch);
  const [remove, removeState] = useMutation(DeleteWorkspaceDocument, { ...refetch, awaitRefetchQueries: true });
  return {
    create: async (name: string) => (await create({ variables: { name } })).data?.createWorkspace ?? null,
    creating: createState.loading,
    createError: createState.error ?? null,
    rename: async (id: string, name: string) => (await rename({ variables: { input: { id, name } } })).data?.renameWorkspace ?? null,
    renaming: renameState.loading,
    renameError: renameState.error ?? null,
    remove: async (id: string, confirmName: string) =>
      (await remove({ variables: { input: { id, confirmName } } })).data?.deleteWorkspace ?? null,
    removing: removeState.loading,
    removeError: removeState.error ?? null,
  };
}
