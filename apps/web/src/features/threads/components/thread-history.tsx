import type { ThreadTimelineQuery } from '../../../gql/graphql';

type Entry = NonNullable<ThreadTimelineQuery['thread']>['history'][number];

/** The thread's history, newest first: who proposed, accepted, renamed, split, merged or hand-edited it, and when. */
export function ThreadHistory({ history }: { history: readonly Entry[] }) {
  if (history.length === 0) return null;
  return (
    <section className="thread-history" aria-label="Thread history">
      <h2>History</h2>
      <ol>
        {[...history].reverse().map((h) => (
          <li key={h.id}>
            <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time> <strong>{h.actorName ?? 'Parallax'}</strong> {h.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}
