import { Alert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useInvitations } from '../hooks/use-invitations';

const ROLE_WORDS = { OWNER: 'an owner', EDITOR: 'an editor', VIEWER: 'a viewer' } as const;

/** Invitations waiting for the signed-in user, each with Accept and Decline; renders nothing when there are none. */
export function PendingInvitations() {
  const { invitations, error, busy, accept, decline } = useInvitations();
  if (invitations.length === 0 && !error) return null;
  return (
    <section className="card stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      {error && <Alert>{errorMessage(error)}</Alert>}
      <ul className="invitation-list">
        {invitations.map((inv) => (
          <li key={inv.id}>
            <span>
              {inv.invitedByName ?? 'Someone'} invited you to <strong>{inv.workspaceName}</strong> as {ROLE_WORDS[inv.role]}.
            </span>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void accept(inv.id)}
              aria-label={`Accept ${inv.workspaceName}`}
            >
              Accept
            </button>
            <button type="button" disabled={busy} onClick={() => void decline(inv.id)} aria-label={`Decline ${inv.workspaceName}`}>
              Decline
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
