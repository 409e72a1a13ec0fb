import { useState } from 'react';
import type { ThreadTimelineQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useThreadActions } from '../hooks/use-thread-actions';

type Thread = NonNullable<ThreadTimelineQuery['thread']>;

/** Name, status and the editor's decisions on one thread: accept, reject, rename, split off events, CSV. */
export function ThreadActionsBar({ thread, canEdit }: { thread: Thread; canEdit: boolean }) {
  const actions = useThreadActions(thread.workspaceId);
  const [name, setName] = useState(thread.name);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const run = (p: Promise<unknown>) => p.then(() => setError(null)).catch((e: unknown) => setError(errorMessage(e)));
  return (
    <section className="thread-actions" aria-label="Thread decisions">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name !== thread.name) void run(actions.rename(thread.id, name.trim(), thread.version));
        }}
      >
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} disabled={!canEdit} aria-label="Thread name" />
        </label>
        <button type="submit" disabled={!canEdit}>
          Rename
        </button>
      </form>
      <span className={`thread-status status-${thread.status.toLowerCase()}`}>{thread.status.toLowerCase()}</span>
      <button
        type="button"
        disabled={!canEdit || thread.status === 'ACCEPTED'}
        onClick={() => void run(actions.accept(thread.id, thread.version))}
      >
        Accept
      </button>
      <button
        type="button"
        disabled={!canEdit || thread.status === 'REJECTED'}
        onClick={() => void run(actions.reject(thread.id, thread.version))}
      >
        Reject
      </button>
      <fieldset disabled={!canEdit}>
        <legend>Split off</legend>
        {thread.claims.map((c) => (
          <label key={c.claimId}>
            <input
              type="checkbox"
              checked={picked.includes(c.claimId)}
              onChange={(e) => setPicked(e.target.checked ? [...picked, c.claimId] : picked.filter((x) => x !== c.claimId))}
            />
            {thread.events.find((e) => e.comparisonId === c.comparisonId)?.label ?? 'event'}: {c.claim?.label ?? 'removed claim'}
          </label>
        ))}
        <button
          type="button"
          disabled={picked.length === 0}
          onClick={() => void run(actions.split(thread.id, picked, thread.version).then(() => setPicked([])))}
        >
          Split
        </button>
      </fieldset>
      <a href={`/api/threads/${thread.id}/timeline.csv`} download>
        Timeline CSV
      </a>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
