import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import type { Role } from '../../../gql/graphql';
import { errorCode, errorMessage } from '../../../lib/errors';
import type { useMembers } from '../hooks/use-members';
import { RoleSelect } from './role-select';

/** Invites an existing Parallax user to the workspace by email, with a role (owners only); they join by accepting. */
export function InviteMemberForm({ members }: { members: ReturnType<typeof useMembers> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [done, setDone] = useState<string | null>(null);
  const { adding: loading, addError: error } = members;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const invited = await members.add(email, role).catch(() => null);
    if (!invited) return;
    setDone(`${invited.inviteeEmail} was invited. They join once they accept, on their library page.`);
    setEmail('');
  }
  const message =
    errorCode(error) === 'NOT_FOUND'
      ? 'No Parallax account uses that email. Ask them to sign up first.'
      : error
        ? errorMessage(error)
        : null;
  return (
    <form className="card invite-form" onSubmit={submit} aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a member</h2>
      <div className="invite-fields">
        <label>
          Email
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder="colleague@newsroom.org" />
        </label>
        <label>
          Role
          <RoleSelect label="Role of the new member" value={role} onChange={setRole} />
        </label>
        <button type="submit" className="primary" disabled={loading}>
          Invite
        </button>
      </div>
      {message && <Alert>{message}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
    </form>
  );
}
