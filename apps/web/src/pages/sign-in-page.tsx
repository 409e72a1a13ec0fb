import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AuthForm } from '../features/auth/components/auth-form';
import { MeDocument, SignInDocument } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { setToken } from '../lib/session';

/** Email and password sign-in. */
export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';

  async function submit() {
    const res = await signIn({ variables: { email, password } }).catch(() => null);
    if (!res?.data) return;
    setToken(res.data.signIn.token);
    client.writeQuery({ query: MeDocument, data: { me: res.data.signIn.user } });
    navigate(from, { replace: true });
  }

  return (
    <AuthForm
      title="Sign in to Parallax"
      intro="Compare how outlets reported the same statement, claim by claim."
      submitLabel="Sign in"
      busyLabel="Signing in…"
      busy={loading}
      error={error ? errorMessage(error) : null}
      onSubmit={submit}
      footer={
        <>
          New here? <Link to="/sign-up">Create an account</Link>
        </>
      }
    >
      <label>
        Email
        <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password
        <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
    </AuthForm>
  );
}
