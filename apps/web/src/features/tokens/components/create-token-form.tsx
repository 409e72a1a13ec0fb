import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { CopyButton } from '../../../components/ui/copy-button';
import { errorMessage } from '../../../lib/errors';
import { useApiTokens } from '../hooks/use-api-tokens';

/** Creates an API token and shows its secret once, with a copy button. */
export function CreateTokenForm() {
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);
  const { create, creating: loading, createError: error } = useApiTokens();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const created = await create(name, days ? Number(days) : null).catch(() => null);
    if (!created) return;
    setSecret(created.token);
    setName('');
  }
  return (
    <section className="card stack" aria-labelledby="new-token-title">
      <h2 id="new-token-title">New token</h2>
      <form className="invite-fields" onSubmit={submit}>
        <label>
          Name
          <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. newsroom script" />
        </label>
        <label>
          Expires
          <select value={days} onChange={(e) => setDays(e.target.value)}>
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="">never</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={loading}>
          Create token
        </button>
      </form>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {secret && (
        <div className="secret" role="status">
          <p>
            <strong>Copy this token now.</strong> It will not be shown again. Use it as <code>Authorization: Bearer …</code>.
          </p>
          <div className="secret-row">
            <code data-testid="token-secret">{secret}</code>
            <CopyButton value={secret} label="Copy token" />
          </div>
        </div>
      )}
    </section>
  );
}
