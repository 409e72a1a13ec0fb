import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Alert } from '../components/ui/alert';
import { EmptyState } from '../components/ui/empty-state';
import { PageHeader } from '../components/ui/page-header';
import { SkeletonLines } from '../components/ui/skeleton';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { ComparisonsDocument } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatDate } from '../lib/format';

/** The workspace's comparisons, newest first. */
export function ComparisonsPage() {
  const { workspaceId } = useCurrentWorkspace();
  const { data, loading, error } = useQuery(ComparisonsDocument, { variables: { workspaceId: workspaceId! }, skip: !workspaceId });
  const comparisons = data?.comparisons ?? [];
  return (
    <main className="page stack" id="main">
      <PageHeader title="Comparisons" subtitle="Each compares the reports of one statement, claim by claim." />
      {error && <Alert>{errorMessage(error)}</Alert>}
      {loading && !data ? (
        <SkeletonLines lines={4} label="Loading comparisons" />
      ) : comparisons.length === 0 ? (
        <EmptyState title="No comparisons yet" action={<Link to={`/w/${workspaceId}`}>Go to the library</Link>}>
          In the library, select two or more articles that report the same statement and choose “Compare selected”, or
          accept one of the suggested groups.
        </EmptyState>
      ) : (
        <ul className="comparison-list">
          {comparisons.map((c) => (
            <li key={c.id} className="card">
              <Link to={`/w/${workspaceId}/comparisons/${c.id}`} className="comparison-link">
                {c.title}
              </Link>
              <p className="muted small">
                {c.articles.length} outlets: {c.articles.map((a) => a.outlet?.name ?? 'Unknown').join(', ')} · updated {formatDate(c.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
