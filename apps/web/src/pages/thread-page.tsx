import { useParams } from 'react-router';
import { Alert } from '../components/ui/alert';
import { PageHeader } from '../components/ui/page-header';
import { SkeletonLines } from '../components/ui/skeleton';
import { ThreadActionsBar } from '../features/threads/components/thread-actions-bar';
import { ThreadClaims } from '../features/threads/components/thread-claims';
import { ThreadHistory } from '../features/threads/components/thread-history';
import { ThreadTimeline } from '../features/threads/components/thread-timeline';
import { useThreadTimeline } from '../features/threads/hooks/use-thread-timeline';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { errorMessage } from '../lib/errors';
import '../features/threads/threads.css';

/** One thread: its decisions bar and the timeline of each outlet's wording across the events. */
export function ThreadPage() {
  const { threadId } = useParams();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const { thread, loading, error } = useThreadTimeline(threadId!, workspaceId!);
  return (
    <main className="page stack" id="main">
      <PageHeader
        title={thread?.name ?? 'Thread'}
        subtitle={thread ? thread.events.map((e) => `${e.label}: ${e.title}`).join(' → ') : undefined}
      />
      {error && <Alert>{errorMessage(error)}</Alert>}
      {loading || !thread ? (
        <SkeletonLines lines={6} label="Loading the timeline" />
      ) : (
        <>
          {/* Keyed by version: another editor's rename resets the name field to what is stored. */}
          <ThreadActionsBar key={thread.version} thread={thread} canEdit={canEdit} />
          <ThreadTimeline thread={thread} />
          <ThreadClaims thread={thread} canEdit={canEdit} />
          <ThreadHistory history={thread.history} />
        </>
      )}
    </main>
  );
}
