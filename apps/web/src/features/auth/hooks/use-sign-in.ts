import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeDocument, SignInDocument, SignUpDocument } from '../../../gql/graphql';
import { setToken } from '../../../lib/session';

type SessionUser = { id: string; email: string; name: string };

/** Starts a session: keeps the token and puts the user in the cache, so the shell renders without a refetch. */
function useStartSession() {
  const client = useApolloClient();
  return (token: string, user: SessionUser) => {
    setToken(token);
    client.writeQuery({ query: MeDocument, data: { me: user } });
  };
}

/** Email and password sign-in; resolves true once signed in. */
export function useSignIn() {
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const start = useStartSession();
  const run = async (email: string, password: string) => {
    const res = await signIn({ variables: { email, password } }).catch(() => null);
    if (!res?.data) return false;
    start(res.data.signIn.token, res.data.signIn.user);
    return true;
  };
  return { signIn: run, loading, error: error ?? null };
}

/** Creates an account and signs in; resolves true once signed in. */
export function useSignUp() {
  const [signUp, { loading, error }] = useMutation(SignUpDocument);
  const start = useStartSession();
  const run = async (name: string, email: string, password: string) => {
    const res = await signUp({ variables: { name, email, password } }).catch(() => null);
    if (!res?.data) return false;
    start(res.data.signUp.token, res.data.signUp.user);
    return true;
  };
  return { signUp: run, loading, error: error ?? null };
}
