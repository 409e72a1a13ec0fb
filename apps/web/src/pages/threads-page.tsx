import { Alert } from '../components/ui/alert';
import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';
import { SkeletonLines } from '../components/ui/skeleton';
import { ThreadList } from '../features/threads/components/thread-list';
import { useThreads } from '../features/threads/hooks/use-threads';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { errorMessage } from '../lib/errors';
import '../features/threads/threads.css';

/** The workspace's threads: commitments followed across its events. */
export function ThreadsPage() {
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const { threads, loading, error } = useThreads(workspaceId!);
  return (
    <main className="page stack" id="main">
      <PageHeader title="Threads" subtitle="The same commitment across events: who kept it, softened it, dropped it." />
      {error && <Alert>{errorMessage(error)}</Alert>}
      {loading ? (
        <SkeletonLines lines={4} label="Loading threads" />
      ) : (
        <ThreadList workspaceId={workspaceId!} threads={threads} canEdit={canEdit} />
      )}
      {!loading && threads.length === 0 && (
        <EmptyState title="No threads yet">
          With two aligned comparisons of related events, “Suggest threads” finds the claims they share.
        </EmptyState>
      )}
    </main>
  );
}
