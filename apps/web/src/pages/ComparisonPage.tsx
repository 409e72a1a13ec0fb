import { getSchemaVersion } from '@parallax/doc';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../components/ui/Alert';
import { EmptyState } from '../components/ui/EmptyState';
import { useMe } from '../features/auth/hooks/useMe';
import { AlignButton } from '../features/comparison/components/AlignButton';
import { ComparisonWorkspace } from '../features/comparison/components/ComparisonWorkspace';
import { ConnectionBanner } from '../features/comparison/components/ConnectionBanner';
import { ExportMenu } from '../features/comparison/components/ExportMenu';
import { HistoryButton } from '../features/comparison/components/HistoryButton';
import { SaveIndicator } from '../features/comparison/components/SaveIndicator';
import { WorkspaceSkeleton } from '../features/comparison/components/WorkspaceSkeleton';
import { useComparisonData } from '../features/comparison/hooks/useComparisonData';
import { useCollabDoc } from '../lib/collab/useCollabDoc';
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

  if (data.error)
    return (
      <main className="page" id="main">
        <Alert>{errorMessage(data.error)}</Alert>
      </main>
    );
  // An offline copy that was synced before (it has a schema version) is shown at once, while the server
  // catches up; a first visit waits for the server's copy, or shows what there is after a grace period.
  const hasLocalCopy = collab.state.localLoaded && getSchemaVersion(collab.doc) !== null;
  const docReady = collab.state.synced || hasLocalCopy || (collab.state.localLoaded && graceOver) || collab.state.status === 'refused';
  if (data.loading || !data.comparison || !user || !docReady)
    return (
      <main id="main" className="ws-page">
        <WorkspaceSkeleton />
      </main>
    );
  const c = data.comparison;
  const readOnly = !data.canEdit;
  return (
    <main id="main" className="ws-page">
      <ComparisonWorkspace
        comparisonId={c.id}
        title={c.title}
        pivotArticleId={c.pivotArticleId}
        articles={data.articles}
        doc={collab.doc}
        me={user}
        canEdit={data.canEdit}
        awareness={collab.provider?.awareness ?? null}
        status={<SaveIndicator state={collab.state} />}
        banner={<ConnectionBanner state={collab.state} readOnly={readOnly} onReconnect={collab.reconnect} />}
        actions={
          <>
            <AlignButton comparisonId={c.id} online={collab.state.status === 'online'} doc={collab.doc} articles={data.articles} canEdit={data.canEdit} />
            <HistoryButton comparisonId={c.id} canEdit={data.canEdit} doc={collab.doc} articles={data.articles} />
            <ExportMenu comparisonId={c.id} />
          </>
        }
        emptyAction={
          <EmptyState title="No claims yet" action={<AlignButton comparisonId={c.id} online={collab.state.status === 'online'} doc={collab.doc} articles={data.articles} canEdit={data.canEdit} primary />}>
            {data.canEdit
              ? 'Let Parallax group the outlets’ sentences into claims, then rename, merge and split them. Or press c to create a claim and drag sentences into it.'
              : 'An editor has not aligned this comparison yet.'}
          </EmptyState>
        }
      />
    </main>
  );
}
