import { useApolloClient, useSubscription } from '@apollo/client/react';
import {
  MyInvitationsDocument,
  MyWorkspacesChangedDocument,
  WorkspaceInvitationsDocument,
  WorkspaceMembersDocument,
  WorkspacesDocument,
} from '../../../gql/graphql';

/**
 * Keeps the viewer's workspaces (and invitations) current while the app is open: when someone invites them, changes their
 * role, removes them, or renames or deletes a workspace, the list (and that workspace's members) refetch,
 * so the switcher and the pages follow without a reload.
 */
export function useLiveWorkspaces(): void {
  const client = useApolloClient();
  useSubscription(MyWorkspacesChangedDocument, {
    onData: ({ data }) => {
      const change = data.data?.myWorkspacesChanged;
      if (!change) return;
      // Invited (or the invitation withdrawn): not a member yet, so only the pending invitations change.
      if (change.kind === 'INVITED') return void client.refetchQueries({ include: [MyInvitationsDocument] });
      // An invitation was answered: the owner's pending list changes along with the members.
      if (change.kind === 'MEMBERS_CHANGED') void client.refetchQueries({ include: [WorkspaceInvitationsDocument] });
      void client.refetchQueries({ include: [WorkspacesDocument] });
      if (change.kind !== 'REMOVED' && change.kind !== 'DELETED')
        void client
          .query({ query: WorkspaceMembersDocument, variables: { id: change.workspaceId }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
    },
  });
}
