import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AuthForm } from '../features/auth/components/auth-form';
import { useSignIn } from '../features/auth/hooks/use-sign-in';
import { errorMessage } from '../lib/errors';

/** Email and password sign-in. */
export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { signIn, loading, error } = useSignIn();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';

  async function submit() {
    if (await signIn(email, password)) navigate(from, { replace: true });
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
