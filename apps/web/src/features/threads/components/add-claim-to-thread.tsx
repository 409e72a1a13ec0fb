import { useState } from 'react';
import { errorMessage } from '../../../lib/errors';
import { useThreadActions } from '../hooks/use-thread-actions';
import { useThreads } from '../hooks/use-threads';

/**
 * "Add to thread" in a claim's panel: puts a claim that no thread follows yet into a thread of the workspace.
 * Threads without a claim of this event come first; the others stay choosable (a commitment one event split
 * into two claims). Editors only; the server refuses everyone else the same way.
 */
export function AddClaimToThread({ workspaceId, comparisonId, claimId }: { workspaceId: string; comparisonId: string; claimId: string }) {
  const { threads } = useThreads(workspaceId);
  const actions = useThreadActions(workspaceId);
  const [threadId, setThreadId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hasEvent = (t: (typeof threads)[number]) => t.events.some((e) => e.comparisonId === comparisonId);
  const open = [...threads.filter((t) => !hasEvent(t)), ...threads.filter(hasEvent)];
  if (open.length === 0) return null;
  return (
    <form
      className="add-to-thread"
      onSubmit={(e) => {
        e.preventDefault();
        if (!threadId) return;
        void actions
          .addClaim(threadId, comparisonId, claimId)
          .then(() => setError(null))
          .catch((err: unknown) => setError(errorMessage(err)));
      }}
    >
      <label>
        Add to thread{' '}
        <select value={threadId} onChange={(e) => setThreadId(e.target.value)} aria-label="Thread to add the claim to">
          <option value="">Choose a thread…</option>
          {open.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.events.map((e) => e.label).join(' → ')}
              {hasEvent(t) ? ', has a claim of this event' : ''})
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" disabled={!threadId}>
        Add
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
