import { useMutation } from '@apollo/client/react';
import { Alert } from '../../../components/ui/alert';
import { RemoveMemberDocument, type Role, UpdateMemberRoleDocument, type WorkspaceMembersQuery, WorkspaceMembersDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { RoleSelect } from './role-select';

type Member = NonNullable<WorkspaceMembersQuery['workspace']>['members'][number];

/** The members of a workspace; owners can change roles and remove members, others only read. */
export function MembersTable({ workspaceId, members, isOwner, meId }: { workspaceId: string; members: Member[]; isOwner: boolean; meId: string | null }) {
  const refetch = { refetchQueries: [{ query: WorkspaceMembersDocument, variables: { id: workspaceId } }] };
  const [updateRole, updateState] = useMutation(UpdateMemberRoleDocument, refetch);
  const [remove, removeState] = useMutation(RemoveMemberDocument, refetch);
  const error = updateState.error ?? removeState.error;
  return (
    <div className="card">
      {error && <Alert>{errorMessage(error)}</Alert>}
      <table className="table">
        <caption className="visually-hidden">Members and their roles</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            {isOwner && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                {m.user.name}
                {m.user.id === meId && <span className="badge">you</span>}
              </td>
              <td>{m.user.email}</td>
              <td>
                {isOwner ? (
                  <RoleSelect
                    label={`Role of ${m.user.name}`}
                    value={m.role}
                    onChange={(role: Role) => updateRole({ variables: { memberId: m.id, role } }).catch(() => undefined)}
                  />
                ) : (
                  <span className={`role role-${m.role.toLowerCase()}`}>{m.role.toLowerCase()}</span>
                )}
              </td>
              <td>{formatDate(m.createdAt)}</td>
              {isOwner && (
                <td>
                  <button
                    type="button"
                    className="danger-link"
                    onClick={() => {
                      if (window.confirm(`Remove ${m.user.name} from this workspace?`)) remove({ variables: { memberId: m.id } }).catch(() => undefined);
                    }}
                  >
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
