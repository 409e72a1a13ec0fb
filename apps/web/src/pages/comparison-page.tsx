import { getSchemaVersion } from '@parallax/doc';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../components/ui/alert';
import { EmptyState } from '../components/ui/empty-state';
import { useMe } from '../features/auth/hooks/use-me';
import { ComparisonManage } from '../features/comparison-list/components/comparison-manage';
import { AlignButton } from '../features/comparison/components/align-button';
import { ComparisonWorkspace } from '../features/comparison/components/comparison-workspace';
import { ConnectionBanner } from '../features/comparison/components/connection-banner';
import { ExportMenu } from '../features/comparison/components/export-menu';
import { HistoryButton } from '../features/comparison/components/history-button';
import { SaveIndicator } from '../features/comparison/components/save-indicator';
import { WorkspaceSkeleton } from '../features/comparison/components/workspace-skeleton';
import { useClaimGrid } from '../features/comparison/hooks/use-claim-grid';
import { useComparisonData } from '../features/comparison/hooks/use-comparison-data';
import { projectedView } from '../features/comparison/utils/projected-view';
import { useCollabDoc } from '../lib/collab/use-collab-doc';
import { errorMessage } from '../lib/errors';
import '../features/comparison/comparison.css';

/** A comparison: its articles from GraphQL, its claims from the live, shared Y.Doc. */
export function ComparisonPage() {
  const { comparisonId, workspaceId } = useParams();
  const navigate = useNavigate();
  const { me } = useMe();
  const data = useComparisonData(comparisonId!);
  const { doc, status, save, reconnect, provider, localLoaded } = useCollabDoc(comparisonId!);
  const user = useMemo(() => (me ? { id: me.id, name: me.name } : null), [me]);
  // The comparison query skips Apollo's cache (tens of thousands of sentences), so a rename made here is applied here.
  const [renamed, setRenamed] = useState<{ id: string; title: string } | null>(null);
  const c = useMemo(
    () => (data.comparison && renamed?.id === data.comparison.id ? { ...data.comparison, title: renamed.title } : data.comparison),
    [data.comparison, renamed],
  );
  const online = status.status === 'synced';
  // The doc is worth showing once synced, or when this device holds a copy synced before. Until then the grid
  // is drawn read-only from the server's projection of the claims (a large doc takes a while to arrive), which is
  // asked for only once this device's offline copy turned out missing or never synced.
  const docReady = online || status.status === 'refused' || (status.status === 'local' && getSchemaVersion(doc) !== null);
  const grid = useClaimGrid(comparisonId!, docReady || !localLoaded);
  const projected = useMemo(() => (!docReady && grid ? projectedView(grid, data.articles) : null), [docReady, grid, data.articles]);

  // The workspace is memoised; these elements change only with what they show, so connection events
  // re-render the toolbar's status, not the grid.
  const statusLine = useMemo(() => <SaveIndicator status={status} save={save} />, [status, save]);
  const banner = useMemo(
    () => <ConnectionBanner status={status} readOnly={!data.canEdit} projected={projected !== null} onReconnect={reconnect} />,
    [status, data.canEdit, projected, reconnect],
  );
  const actions = useMemo(
    () =>
      c && (
        <>
          <AlignButton comparisonId={c.id} online={online} doc={doc} articles={data.articles} canEdit={data.canEdit} />
          <HistoryButton comparisonId={c.id} canEdit={data.canEdit} doc={doc} articles={data.articles} />
          <ExportMenu comparisonId={c.id} />
          <ComparisonManage
            comparison={{ id: c.id, title: c.title, articleCount: data.articles.length }}
            canEdit={data.canEdit}
            onRenamed={(title) => setRenamed({ id: c.id, title })}
            onDeleted={() => navigate(`/w/${workspaceId}/comparisons`, { replace: true })}
          />
        </>
      ),
    [c, online, doc, data.articles, data.canEdit, navigate, workspaceId],
  );
  const emptyAction = useMemo(
    () =>
      c && (
        <EmptyState
          title="No claims yet"
          action={<AlignButton comparisonId={c.id} online={online} doc={doc} articles={data.articles} canEdit={data.canEdit} primary />}
        >
          {data.canEdit
            ? 'Let Parallax group the outlets’ sentences into claims, then rename, merge and split them. Or press c to create a claim and drag sentences into it.'
            : 'An editor has not aligned this comparison yet.'}
        </EmptyState>
      ),
    [c, online, doc, data.articles, data.canEdit],
  );

  if (data.error)
    return (
      <main className="page" id="main">
        <Alert>{errorMessage(data.error)}</Alert>
      </main>
    );
  if (data.loading || !c || !user || (status.status === 'connecting' && !projected))
    return (
      <main id="main" className="ws-page">
        <WorkspaceSkeleton />
      </main>
    );
  return (
    <main id="main" className="ws-page">
      <ComparisonWorkspace
        comparisonId={c.id}
        title={c.title}
        pivotArticleId={c.pivotArticleId}
        articles={data.articles}
        doc={doc}
        me={user}
        canEdit={data.canEdit}
        awareness={provider?.awareness ?? null}
        status={statusLine}
        banner={banner}
        actions={actions}
        emptyAction={emptyAction}
        projected={projected}
      />
    </main>
  );
}
