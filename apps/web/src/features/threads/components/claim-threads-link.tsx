import { getApolloContext } from '@apollo/client/react';
import { GitBranch } from 'lucide-react';
import { useContext } from 'react';
import { Link, useParams } from 'react-router';
import { useCurrentWorkspace } from '../../workspaces/hooks/use-workspaces';
import { useClaimThreads } from '../hooks/use-claim-threads';
import { useThreadsLive } from '../hooks/use-threads-live';
import { AddClaimToThread } from './add-claim-to-thread';

/**
 * "Also in 1 other event": links a claim of a comparison to the timeline of each thread that follows it. Renders
 * nothing where there is no GraphQL client or comparison route (the workspace is also rendered on its own, e.g. in
 * its component tests), so the comparison page needs no other change.
 */
export function ClaimThreadsLink({ claimId }: { claimId: string }) {
  const { client } = useContext(getApolloContext());
  const { workspaceId, comparisonId } = useParams();
  if (!client || !workspaceId || !comparisonId) return null;
  return <ThreadLinks claimId={claimId} workspaceId={workspaceId} comparisonId={comparisonId} />;
}

function ThreadLinks({ claimId, workspaceId, comparisonId }: { claimId: string; workspaceId: string; comparisonId: string }) {
  const links = useClaimThreads(comparisonId, claimId);
  // Another editor may add this claim to a thread or take it out: keep the link (or the offer to add) current.
  useThreadsLive(workspaceId);
  const { canEdit } = useCurrentWorkspace();
  // A claim belongs to one live thread at most: offer "Add to thread" only while it has none.
  if (links.length === 0)
    return canEdit ? <AddClaimToThread workspaceId={workspaceId} comparisonId={comparisonId} claimId={claimId} /> : null;
  return (
    <p className="claim-threads">
      {links.map((l) => (
        <Link key={l.thread.id} to={`/w/${workspaceId}/threads/${l.thread.id}`} className="with-icon" title={l.thread.name}>
          <GitBranch size={13} aria-hidden="true" /> Also in {l.otherEvents} other {l.otherEvents === 1 ? 'event' : 'events'}
          {l.thread.status === 'SUGGESTED' ? ' (suggested)' : ''}
        </Link>
      ))}
    </p>
  );
}
