import { Alert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useWorkspaceInvitations } from '../hooks/use-workspace-invitations';

/** Invitations the workspace's owners sent that are not answered yet, each with Revoke; nothing when none. */
export function SentInvitations({ workspaceId }: { workspaceId: string }) {
  const { invitations, error, revoking, revoke } = useWorkspaceInvitations(workspaceId, true);
  if (invitations.length === 0 && !error) return null;
  return (
    <section className="card stack" aria-labelledby="sent-invitations-title">
      <h2 id="sent-invitations-title">Pending invitations</h2>
      {error && <Alert>{errorMessage(error)}</Alert>}
      <ul className="invitation-list">
        {invitations.map((inv) => (
          <li key={inv.id}>
            <span>
              {inv.inviteeEmail} <span className="role">({inv.role.toLowerCase()})</span>
            </span>
            <button
              type="button"
              disabled={revoking}
              onClick={() => void revoke(inv.id)}
              aria-label={`Revoke the invitation of ${inv.inviteeEmail}`}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
