import { useMutation, useQuery } from '@apollo/client/react';
import { AcceptInvitationDocument, DeclineInvitationDocument, MyInvitationsDocument, WorkspacesDocument } from '../../../gql/graphql';

/** The signed-in user's pending invitations, with accept and decline (each refetches the invitations and workspaces). */
export function useInvitations() {
  const { data, error } = useQuery(MyInvitationsDocument, { fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [{ query: MyInvitationsDocument }, { query: WorkspacesDocument }], awaitRefetchQueries: true };
  const [accept, acceptState] = useMutation(AcceptInvitationDocument, refetch);
  const [decline, declineState] = useMutation(DeclineInvitationDocument, refetch);
  return {
    invitations: data?.invitations ?? [],
    error: error ?? acceptState.error ?? declineState.error ?? null,
    busy: acceptState.loading || declineState.loading,
    accept: (id: string) => accept({ variables: { id } }).catch(() => undefined),
    decline: (id: string) => decline({ variables: { id } }).catch(() => undefined),
  };
}
