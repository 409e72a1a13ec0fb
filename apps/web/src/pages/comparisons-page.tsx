import { Link } from 'react-router';
import { Alert } from '../components/ui/alert';
import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';
import { SkeletonLines } from '../components/ui/skeleton';
import { ComparisonManage } from '../features/comparison-list/components/comparison-manage';
import { useComparisons } from '../features/comparison-list/hooks/use-comparisons';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { errorMessage } from '../lib/errors';
import { formatDate, plural } from '../lib/format';

/** The workspace's comparisons, newest first, each with a menu to rename or delete it. */
export function ComparisonsPage() {
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const { comparisons, loading, error } = useComparisons(workspaceId);
  return (
    <main className="page stack" id="main">
      <PageHeader title="Comparisons" subtitle="Each compares the reports of one statement, claim by claim." />
      {error && <Alert>{errorMessage(error)}</Alert>}
      {loading ? (
        <SkeletonLines lines={4} label="Loading comparisons" />
      ) : comparisons.length === 0 ? (
        <EmptyState title="No comparisons yet" action={<Link to={`/w/${workspaceId}`}>Go to the library</Link>}>
          In the library, select two or more articles that report the same statement and choose “Compare selected”, or accept one of the
          suggested groups.
        </EmptyState>
      ) : (
        <ul className="comparison-list" aria-label="Comparisons">
          {comparisons.map((c) => (
            <li key={c.id} className="card comparison-card">
              <div className="comparison-card-text">
                <Link to={`/w/${workspaceId}/comparisons/${c.id}`} className="comparison-link">
                  {c.title}
                </Link>
                <p className="muted small">
                  {plural(c.articles.length, 'outlet')}: {c.articles.map((a) => a.outlet?.name ?? 'Unknown').join(', ')} · updated{' '}
                  {formatDate(c.updatedAt)}
                </p>
              </div>
              <ComparisonManage comparison={{ id: c.id, title: c.title, articleCount: c.articles.length }} canEdit={canEdit} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
