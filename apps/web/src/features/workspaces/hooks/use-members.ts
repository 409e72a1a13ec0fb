import { useMutation, useQuery } from '@apollo/client/react';
import {
  InviteMemberDocument,
  RemoveMemberDocument,
  type Role,
  UpdateMemberRoleDocument,
  WorkspaceInvitationsDocument,
  WorkspaceMembersDocument,
} from '../../../gql/graphql';

/** A workspace's members, and the owner's actions on them (each refetches the list). */
export function useMembers(workspaceId: string | null) {
  const { data, loading, error } = useQuery(WorkspaceMembersDocument, { variables: { id: workspaceId! }, skip: !workspaceId });
  const refetch = { refetchQueries: [{ query: WorkspaceMembersDocument, variables: { id: workspaceId } }] };
  const [add, addState] = useMutation(InviteMemberDocument, {
    refetchQueries: [...refetch.refetchQueries, { query: WorkspaceInvitationsDocument, variables: { id: workspaceId } }],
  });
  const [updateRole, updateState] = useMutation(UpdateMemberRoleDocument, refetch);
  const [remove, removeState] = useMutation(RemoveMemberDocument, refetch);
  return {
    workspace: data?.workspace ?? null,
    loading: loading && !data,
    error,
    /** Invites by email; the person joins once they accept (nobody is added without consent). */
    add: async (email: string, role: Role) =>
      (await add({ variables: { workspaceId: workspaceId!, email, role } })).data?.inviteMember ?? null,
    adding: addState.loading,
    addError: addState.error ?? null,
    updateRole: (memberId: string, role: Role) => updateRole({ variables: { memberId, role } }).catch(() => undefined),
    remove: (memberId: string) => remove({ variables: { memberId } }).catch(() => undefined),
    changeError: updateState.error ?? removeState.error ?? null,
  };
}
