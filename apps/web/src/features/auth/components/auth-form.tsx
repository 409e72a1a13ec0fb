import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert';

/** The card shared by sign-in and sign-up: a title, the fields, an error and one submit button. */
export function AuthForm(props: {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  footer: ReactNode;
  children: ReactNode;
}) {
  function submit(e: FormEvent) {
    e.preventDefault();
    props.onSubmit();
  }
  return (
    <main className="auth-page">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="auth-title">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark" /> Parallax
        </div>
        <h1 id="auth-title">{props.title}</h1>
        <p className="muted">{props.intro}</p>
        {props.children}
        {props.error && <Alert>{props.error}</Alert>}
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? props.busyLabel : props.submitLabel}
        </button>
        <p className="muted small">{props.footer}</p>
      </form>
    </main>
  );
}
