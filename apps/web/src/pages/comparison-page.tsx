import { getSchemaVersion } from '@parallax/doc';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../components/ui/alert';
import { EmptyState } from '../components/ui/empty-state';
import { useMe } from '../features/auth/hooks/use-me';
import { AlignButton } from '../features/comparison/components/align-button';
import { ComparisonWorkspace } from '../features/comparison/components/comparison-workspace';
import { ConnectionBanner } from '../features/comparison/components/connection-banner';
import { ExportMenu } from '../features/comparison/components/export-menu';
import { HistoryButton } from '../features/comparison/components/history-button';
import { SaveIndicator } from '../features/comparison/components/save-indicator';
import { WorkspaceSkeleton } from '../features/comparison/components/workspace-skeleton';
import { useComparisonData } from '../features/comparison/hooks/use-comparison-data';
import { useCollabDoc } from '../lib/collab/use-collab-doc';
import { errorMessage } from '../lib/errors';
import '../features/comparison/comparison.css';

// How long to wait for the server before showing the offline copy (or an empty doc) anyway.
const SYNC_GRACE_MS = 2500;

/** A comparison: its articles from GraphQL, its claims from the live, shared Y.Doc. */
export function ComparisonPage() {
  const { comparisonId } = useParams();
  const { me } = useMe();
  const data = useComparisonData(comparisonId!);
  const collab = useCollabDoc(comparisonId!);
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    setGraceOver(false);
    const t = setTimeout(() => setGraceOver(true), SYNC_GRACE_MS);
    return () => clearTimeout(t);
  }, [comparisonId]);
  const user = useMemo(() => (me ? { id: me.id, name: me.name } : null), [me]);
  const { doc, state, save, reconnect } = collab;
  const c = data.comparison;
  const online = state.status === 'online';

  // The workspace is memoised; these elements change only with what they show, so connection events
  // re-render the toolbar's status, not the grid.
  const status = useMemo(() => <SaveIndicator state={state} save={save} />, [state, save]);
  const banner = useMemo(() => <ConnectionBanner state={state} readOnly={!data.canEdit} onReconnect={reconnect} />, [state, data.canEdit, reconnect]);
  const actions = useMemo(
    () =>
      c && (
        <>
          <AlignButton comparisonId={c.id} online={online} doc={doc} articles={data.articles} canEdit={data.canEdit} />
          <HistoryButton comparisonId={c.id} canEdit={data.canEdit} doc={doc} articles={data.articles} />
          <ExportMenu comparisonId={c.id} />
        </>
      ),
    [c, online, doc, data.articles, data.canEdit],
  );
  const emptyAction = useMemo(
    () =>
      c && (
        <EmptyState title="No claims yet" action={<AlignButton comparisonId={c.id} online={online} doc={doc} articles={data.articles} canEdit={data.canEdit} primary />}>
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
  // An offline copy that was synced before (it has a schema version) is shown at once, while the server
  // catches up; a first visit waits for the server's copy, or shows what there is after a grace period.
  const hasLocalCopy = state.localLoaded && getSchemaVersion(doc) !== null;
  const docReady = state.synced || hasLocalCopy || (state.localLoaded && graceOver) || state.status === 'refused';
  if (data.loading || !c || !user || !docReady)
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
        awareness={collab.provider?.awareness ?? null}
        status={status}
        banner={banner}
        actions={actions}
        emptyAction={emptyAction}
      />
    </main>
  );
}
