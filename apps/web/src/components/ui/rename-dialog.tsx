import { type FormEvent, useEffect, useState } from 'react';
import { Alert } from './alert';
import { Dialog } from './dialog';

/** Asks for a new name, pre-filled with the current one; Enter saves, Escape cancels. */
export function RenameDialog(p: {
  open: boolean;
  title: string;
  label: string;
  value: string;
  maxLength?: number;
  busy?: boolean;
  error?: string | null;
  onSave: (value: string) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(p.value);
  useEffect(() => setValue(p.value), [p.open, p.value]);
  const trimmed = value.trim();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (trimmed && trimmed !== p.value && !p.busy) p.onSave(trimmed);
    else if (trimmed === p.value) p.onClose();
  };
  return (
    <Dialog open={p.open} title={p.title} onClose={p.onClose}>
      <form className="stack" onSubmit={submit}>
        <label>
          {p.label}
          <input
            autoFocus
            value={value}
            maxLength={p.maxLength ?? 200}
            onChange={(e) => setValue(e.target.value)}
            onFocus={(e) => e.target.select()}
          />
        </label>
        {p.error && <Alert>{p.error}</Alert>}
        <div className="row-end">
          <button type="button" onClick={p.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!trimmed || p.busy}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
