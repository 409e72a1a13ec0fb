import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutDocument } from '../../../gql/graphql';
import { setToken } from '../../../lib/session';

/** Ends the session on the server (clears the cookie), forgets the token and the cache, and goes to sign-in. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutDocument);
  return async () => {
    await signOut().catch(() => undefined);
    setToken(null);
    await client.clearStore();
    navigate('/sign-in', { replace: true });
  };
}
