import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import type { Role, WorkspaceMembersQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import type { useMembers } from '../hooks/use-members';
import { RoleSelect } from './role-select';

type Member = NonNullable<WorkspaceMembersQuery['workspace']>['members'][number];

/** The members of a workspace; owners can change roles and remove members, others only read. */
export function MembersTable({
  members,
  actions,
  isOwner,
  meId,
}: {
  members: Member[];
  actions: ReturnType<typeof useMembers>;
  isOwner: boolean;
  meId: string | null;
}) {
  const error = actions.changeError;
  const [removing, setRemoving] = useState<Member | null>(null);
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
                    onChange={(role: Role) => void actions.updateRole(m.id, role)}
                  />
                ) : (
                  <span className={`role role-${m.role.toLowerCase()}`}>{m.role.toLowerCase()}</span>
                )}
              </td>
              <td>{formatDate(m.createdAt)}</td>
              {isOwner && (
                <td>
                  <button type="button" className="danger-link" onClick={() => setRemoving(m)}>
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={removing !== null}
        title="Remove member"
        confirmLabel="Remove"
        danger
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void actions.remove(removing.id);
          setRemoving(null);
        }}
      >
        <p>
          Remove {removing?.user.name} ({removing?.user.email}) from this workspace? Their open comparisons close at once; you can invite
          them again later.
        </p>
      </ConfirmDialog>
    </div>
  );
}
