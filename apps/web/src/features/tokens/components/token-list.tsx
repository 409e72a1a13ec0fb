import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { SkeletonLines } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useApiTokens } from '../hooks/use-api-tokens';

/** The viewer's API tokens, with revoke. */
export function TokenList() {
  const { tokens, loading, error, revoke, revokeError } = useApiTokens();
  if (loading) return <SkeletonLines lines={3} label="Loading tokens" />;
  if (error) return <Alert>{errorMessage(error)}</Alert>;
  if (tokens.length === 0) return <EmptyState title="No tokens yet">Create one above to query the GraphQL API from a script.</EmptyState>;
  return (
    <div className="card">
      {revokeError && <Alert>{errorMessage(revokeError)}</Alert>}
      <table className="table">
        <caption className="visually-hidden">Your API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td>{formatDate(t.createdAt)}</td>
              <td>{t.expiresAt ? formatDate(t.expiresAt) : 'never'}</td>
              <td>{t.lastUsedAt ? formatDate(t.lastUsedAt) : 'never'}</td>
              <td>
                {t.revokedAt ? (
                  <span className="muted">revoked {formatDate(t.revokedAt)}</span>
                ) : (
                  <button
                    type="button"
                    className="danger-link"
                    aria-label={`Revoke ${t.name}`}
                    onClick={() => {
                      if (window.confirm(`Revoke "${t.name}"? Scripts using it will stop working.`)) void revoke(t.id);
                    }}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
