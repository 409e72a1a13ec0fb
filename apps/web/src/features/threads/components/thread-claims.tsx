import { useState } from 'react';
import type { ThreadTimelineQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useThreadActions } from '../hooks/use-thread-actions';

type Thread = NonNullable<ThreadTimelineQuery['thread']>;

/**
 * The claims a thread links, one per event, each with a Remove button for editors (the last claim cannot go:
 * reject the thread instead). Claims are added from a comparison's claim panel ("Add to thread").
 */
export function ThreadClaims({ thread, canEdit }: { thread: Thread; canEdit: boolean }) {
  const actions = useThreadActions(thread.workspaceId);
  const [error, setError] = useState<string | null>(null);
  const eventOf = (comparisonId: string) => thread.events.find((e) => e.comparisonId === comparisonId);
  return (
    <section className="thread-claims" aria-label="Thread claims">
      <h2>Claims</h2>
      <ul>
        {thread.claims.map((c) => (
          <li key={c.claimId}>
            <span>
              {eventOf(c.comparisonId)?.label ?? 'event'}: {c.claim?.label ?? 'removed claim'}
            </span>{' '}
            <button
              type="button"
              disabled={!canEdit || thread.claims.length < 2}
              aria-label={`Remove ${c.claim?.label ?? 'claim'} from the thread`}
              onClick={() =>
                void actions
                  .removeClaim(thread.id, c.claimId, thread.version)
                  .then(() => setError(null))
                  .catch((e: unknown) => setError(errorMessage(e)))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
