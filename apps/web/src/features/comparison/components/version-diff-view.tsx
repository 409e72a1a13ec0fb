import type { VersionDiffFieldsFragment } from '../../../gql/graphql';
import { plural } from '../../../lib/format';
import { RELATION_LABELS } from '../utils/labels';

/** Names the things a version diff refers to by id, from what the workspace knows. */
export interface DiffNames {
  claim: (id: string) => string;
  outlet: (articleId: string) => string;
}

/** What changed between two versions, in sentences: claims added, removed, renamed; sentences moved. */
export function VersionDiffView({ diff, names }: { diff: VersionDiffFieldsFragment; names: DiffNames }) {
  const empty =
    !diff.claimsAdded.length &&
    !diff.claimsRemoved.length &&
    !diff.claimsRenamed.length &&
    !diff.claimsChanged.length &&
    !diff.linksAdded.length &&
    !diff.linksRemoved.length &&
    !diff.linksChanged.length &&
    !diff.commentsAdded &&
    !diff.commentsRemoved;
  if (empty) return <p className="muted">No differences.</p>;
  return (
    <ul className="change-list" aria-label="Changes">
      {diff.claimsAdded.map((c) => (
        <li key={`a${c.id}`}>Claim added: “{c.label}”</li>
      ))}
      {diff.claimsRemoved.map((c) => (
        <li key={`r${c.id}`}>Claim removed: “{c.label}”</li>
      ))}
      {diff.claimsRenamed.map((c) => (
        <li key={`n${c.claimId}`}>
          Renamed: “{c.from}” → “{c.to}”
        </li>
      ))}
      {diff.claimsChanged.map((c) => (
        <li key={`c${c.claimId}`}>
          “{names.claim(c.claimId)}”: {c.fields.join(', ')} changed
        </li>
      ))}
      {diff.linksAdded.map((l) => (
        <li key={`la${l.claimId}${l.segmentId}`}>
          {names.outlet(l.articleId)} sentence added to “{names.claim(l.claimId)}”
        </li>
      ))}
      {diff.linksRemoved.map((l) => (
        <li key={`lr${l.claimId}${l.segmentId}`}>
          {names.outlet(l.articleId)} sentence removed from “{names.claim(l.claimId)}”
        </li>
      ))}
      {diff.linksChanged.map((l) => (
        <li key={`lc${l.after.claimId}${l.after.segmentId}`}>
          {names.outlet(l.after.articleId)} in “{names.claim(l.after.claimId)}”:{' '}
          {l.fields.includes('relation')
            ? `${RELATION_LABELS[l.before.relation].short} → ${RELATION_LABELS[l.after.relation].short}`
            : l.fields.join(', ')}
        </li>
      ))}
      {(diff.commentsAdded > 0 || diff.commentsRemoved > 0) && (
        <li>
          Comments: {diff.commentsAdded > 0 && `${plural(diff.commentsAdded, 'added', 'added')}`}{' '}
          {diff.commentsRemoved > 0 && `${diff.commentsRemoved} removed`}
        </li>
      )}
    </ul>
  );
}
