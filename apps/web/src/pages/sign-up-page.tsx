import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuthForm } from '../features/auth/components/auth-form';
import { useSignUp } from '../features/auth/hooks/use-sign-in';
import { errorMessage, fieldErrors } from '../lib/errors';

/** Account creation; the new user is signed in and lands on their (empty) workspace list. */
export function SignUpPage() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { signUp, loading, error } = useSignUp();
  const navigate = useNavigate();
  const fields = fieldErrors(error);

  async function submit() {
    if (await signUp(name, email, password)) navigate('/', { replace: true });
  }

  return (
    <AuthForm
      title="Create your account"
      intro="You can then create a workspace or be invited to one."
      submitLabel="Create account"
      busyLabel="Creating…"
      busy={loading}
      error={error ? errorMessage(error) : null}
      onSubmit={submit}
      footer={
        <>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </>
      }
    >
      <label>
        Name
        <input autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!fields.name} />
      </label>
      <label>
        Email
        <input
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={!!fields.email}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="password-hint"
          aria-invalid={!!fields.password}
        />
        <span id="password-hint" className="muted small">
          At least 8 characters.
        </span>
      </label>
    </AuthForm>
  );
}
