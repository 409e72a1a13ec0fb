import { useApolloClient, useSubscription } from '@apollo/client/react';
import { MyWorkspacesChangedDocument, WorkspaceMembersDocument, WorkspacesDocument } from '../../../gql/graphql';

/**
 * Keeps the viewer's workspaces current while the app is open: when someone invites them, changes their
 * role, removes them, or renames or deletes a workspace, the list (and that workspace's members) refetch,
 * so the switcher and the pages follow without a reload.
 */
export function useLiveWorkspaces(): void {
  const client = useApolloClient();
  useSubscription(MyWorkspacesChangedDocument, {
    onData: ({ data }) => {
      const change = data.data?.myWorkspacesChanged;
      if (!change) return;
      void client.refetchQueries({ include: [WorkspacesDocument] });
      if (change.kind !== 'REMOVED' && change.kind !== 'DELETED')
        void client
          .query({ query: WorkspaceMembersDocument, variables: { id: change.workspaceId }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
    },
  });
}
