import { useMutation, useQuery } from '@apollo/client/react';
import { RevokeInvitationDocument, WorkspaceInvitationsDocument } from '../../../gql/graphql';

/** A workspace's pending invitations and the owner's Revoke (owners only: others skip the query). */
export function useWorkspaceInvitations(workspaceId: string | null, isOwner: boolean) {
  const variables = { id: workspaceId! };
  const { data, error } = useQuery(WorkspaceInvitationsDocument, { variables, skip: !workspaceId || !isOwner });
  const [revoke, revokeState] = useMutation(RevokeInvitationDocument, {
    refetchQueries: [{ query: WorkspaceInvitationsDocument, variables }],
  });
  return {
    invitations: data?.workspace.pendingInvitations ?? [],
    error: error ?? revokeState.error ?? null,
    revoking: revokeState.loading,
    revoke: (id: string) => revoke({ variables: { id } }).catch(() => undefined),
  };
}
