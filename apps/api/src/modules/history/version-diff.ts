import type { DocStateDiff } from '@parallax/doc';
import { claimFromView, linkFromView } from '../claims/claim-views.js';
import type { VersionDiff } from './models/version.model.js';

/** Maps a diff of two doc states to its GraphQL shape. */
export function diffFromDocDiff(comparisonId: string, d: DocStateDiff): VersionDiff {
  return {
    claimsAdded: d.claimsAdded.map((c) => claimFromView(comparisonId, c)),
    claimsRemoved: d.claimsRemoved.map((c) => claimFromView(comparisonId, c)),
    claimsRenamed: d.claimsRenamed,
    claimsChanged: d.claimsChanged,
    linksAdded: d.linksAdded.map(linkFromView),
    linksRemoved: d.linksRemoved.map(linkFromView),
    linksChanged: d.linksChanged.map((c) => ({ before: linkFromView(c.before), after: linkFromView(c.after), fields: c.fields })),
    commentsAdded: d.commentsAdded.length,
    commentsRemoved: d.commentsRemoved.length,
  };
}
