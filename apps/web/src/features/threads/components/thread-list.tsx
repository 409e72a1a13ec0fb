import { useState } from 'react';
import { Link } from 'react-router';
import type { ThreadsQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useThreadActions } from '../hooks/use-thread-actions';

type Thread = ThreadsQuery['threads'][number];

/** The threads of a workspace: name, events, status, and accept / reject / merge for editors. */
export function ThreadList({ workspaceId, threads, canEdit }: { workspaceId: string; threads: readonly Thread[]; canEdit: boolean }) {
  const actions = useThreadActions(workspaceId);
  const [checked, setChecked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const run = (p: Promise<unknown>) => p.then(() => setError(null)).catch((e: unknown) => setError(errorMessage(e)));
  return (
    <section aria-label="Threads">
      <div className="toolbar">
        <button type="button" disabled={!canEdit || actions.suggesting} onClick={() => void run(actions.suggest())}>
          {actions.suggesting ? 'Looking for threads…' : 'Suggest threads'}
        </button>
        <button
          type="button"
          disabled={!canEdit || checked.length < 2}
          onClick={() => void run(actions.merge(checked[0]!, checked.slice(1)).then(() => setChecked([])))}
        >
          Merge selected
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {threads.length > 0 && <p className="muted thread-count">{threadCount(threads)}</p>}
      <ul className="thread-list">
        {threads.map((t) => (
          <li key={t.id} data-thread-id={t.id}>
            <input
              type="checkbox"
              aria-label={`Select ${t.name} for merging`}
              disabled={!canEdit}
              checked={checked.includes(t.id)}
              onChange={(e) => setChecked(e.target.checked ? [...checked, t.id] : checked.filter((x) => x !== t.id))}
            />
            <Link to={`/w/${workspaceId}/threads/${t.id}`} className="thread-name">
              {t.name}
            </Link>
            <span className="muted thread-events">{t.events.map((e) => e.label).join(' → ')}</span>
            <span className={`thread-status status-${t.status.toLowerCase()}`}>{t.status.toLowerCase()}</span>
            <span className="thread-row-actions">
              <button
                type="button"
                disabled={!canEdit || t.status === 'ACCEPTED'}
                onClick={() => void run(actions.accept(t.id, t.version))}
              >
                Accept
              </button>
              <button type="button" disabled={!canEdit} onClick={() => void run(actions.reject(t.id, t.version))}>
                Reject
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "14 threads · 12 to review": what the list holds and how much of it still needs a decision. */
function threadCount(threads: readonly Thread[]): string {
  const open = threads.filter((t) => t.status === 'SUGGESTED').length;
  const all = `${threads.length} ${threads.length === 1 ? 'thread' : 'threads'}`;
  return open ? `${all} · ${open} to review` : all;
}
