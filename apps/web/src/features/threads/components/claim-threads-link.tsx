import { GitBranch } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { useClaimThreads } from '../hooks/use-claim-threads';

/** "Also in 1 other event": links a claim of a comparison to the timeline of each thread that follows it. */
export function ClaimThreadsLink({ claimId }: { claimId: string }) {
  const { workspaceId, comparisonId } = useParams();
  const links = useClaimThreads(comparisonId!, claimId);
  if (links.length === 0) return null;
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
