import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '../../../components/ui/alert';
import { EmptyState } from '../../../components/ui/empty-state';
import { SkeletonLines } from '../../../components/ui/skeleton';
import { ApiTokensDocument, RevokeApiTokenDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';

/** The viewer's API tokens, with revoke. */
export function TokenList() {
  const { data, loading, error } = useQuery(ApiTokensDocument);
  const [revoke, revokeState] = useMutation(RevokeApiTokenDocument);
  if (loading && !data) return <SkeletonLines lines={3} label="Loading tokens" />;
  if (error) return <Alert>{errorMessage(error)}</Alert>;
  const tokens = data?.apiTokens ?? [];
  if (tokens.length === 0) return <EmptyState title="No tokens yet">Create one above to query the GraphQL API from a script.</EmptyState>;
  return (
    <div className="card">
      {revokeState.error && <Alert>{errorMessage(revokeState.error)}</Alert>}
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
                      if (window.confirm(`Revoke "${t.name}"? Scripts using it will stop working.`)) revoke({ variables: { id: t.id } }).catch(() => undefined);
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
