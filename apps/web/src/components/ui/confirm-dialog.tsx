import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Alert } from './alert';
import { Dialog } from './dialog';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** When set, the user must type this exactly before confirming (irreversible deletes). */
  typeToConfirm?: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone; optionally the user types a name to confirm. */
export function ConfirmDialog(p: ConfirmDialogProps) {
  const [typed, setTyped] = useState('');
  useEffect(() => setTyped(''), [p.open]);
  const ready = !p.typeToConfirm || typed.trim() === p.typeToConfirm;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready && !p.busy) p.onConfirm();
  };
  return (
    <Dialog open={p.open} title={p.title} onClose={p.onClose}>
      <form className="stack" onSubmit={submit}>
        <div className="confirm-text">{p.children}</div>
        {p.typeToConfirm && (
          <label>
            Type <strong className="break-anywhere">{p.typeToConfirm}</strong> to confirm
            <input autoFocus value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
        )}
        {p.error && <Alert>{p.error}</Alert>}
        <div className="row-end">
          <button type="button" onClick={p.onClose} autoFocus={!p.typeToConfirm}>
            Cancel
          </button>
          <button type="submit" className={p.danger ? 'danger' : 'primary'} disabled={!ready || p.busy}>
            {p.busy ? 'Working…' : p.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
