import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '../../../gql/graphql';
import { clearOfflineCopies } from '../../../lib/collab/clear-offline-copies';
import { setToken } from '../../../lib/session';

/**
 * Ends the session on the server (clears the cookie), forgets the token, the cache and the offline copies of
 * comparisons, and goes to sign-in.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutDocument);
  return async () => {
    await signOut().catch(() => undefined);
    setToken(null);
    await Promise.all([client.clearStore(), clearOfflineCopies()]);
    navigate('/sign-in', { replace: true });
  };
}
