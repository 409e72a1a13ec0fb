import { type Relation, RELATIONS } from '@parallax/doc';
import { type FormEvent, useState } from 'react';
import type { DocActions } from '../hooks/use-doc-actions';
import type { ArticleColumn, GridRow, SegmentInfo } from '../utils/grid';
import { RELATION_LABELS } from '../utils/labels';
import { FlagBadges } from './flag-badges';

/**
 * The sentences of a claim, outlet by outlet: change a sentence's relation, unlink it, or pick several and
 * split them off into a new claim.
 */
export function ClaimLinksList({
  row,
  columns,
  segments,
  actions,
  canEdit,
}: {
  row: GridRow;
  columns: ArticleColumn[];
  segments: Map<string, SegmentInfo>;
  actions: DocActions;
  canEdit: boolean;
}) {
  const [split, setSplit] = useState<Set<string>>(new Set());
  const [splitLabel, setSplitLabel] = useState('');
  const claimId = row.claim.id;
  const toggle = (id: string) =>
    setSplit((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const doSplit = (e: FormEvent) => {
    e.preventDefault();
    const ids = [...split].filter((id) => row.claim.links.some((l) => l.segmentId === id));
    if (!ids.length || !splitLabel.trim()) return;
    actions.splitClaim(claimId, ids, splitLabel.trim());
    setSplit(new Set());
    setSplitLabel('');
  };
  const withLinks = columns.filter((c) => row.cells.get(c.id)?.length);
  if (withLinks.length === 0)
    return <p className="muted small">No sentence is linked yet. Drag sentences onto this claim, or use Move on a sentence.</p>;
  return (
    <div className="stack-small">
      <ul className="links-list">
        {withLinks.map((c) =>
          row.cells.get(c.id)!.map((link) => {
            const s = segments.get(link.segmentId);
            return (
              <li key={link.segmentId}>
                <div className="link-outlet">
                  {canEdit && (
                    <input
                      type="checkbox"
                      checked={split.has(link.segmentId)}
                      onChange={() => toggle(link.segmentId)}
                      aria-label={`Pick ${c.outletName} sentence to split off`}
                    />
                  )}
                  <strong>{c.outletName}</strong>
                  <FlagBadges flags={link.flags} />
                </div>
                <p className="link-text">{s?.text}</p>
                <div className="link-actions">
                  <select
                    aria-label={`Relation of the ${c.outletName} sentence`}
                    value={link.relation}
                    disabled={!canEdit}
                    onChange={(e) => actions.setRelation(claimId, link.segmentId, e.target.value as Relation)}
                  >
                    {RELATIONS.map((r) => (
                      <option key={r} value={r}>
                        {RELATION_LABELS[r].short}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    disabled={!canEdit}
                    onClick={() => actions.unlink(claimId, link.segmentId)}
                    aria-label={`Unlink the ${c.outletName} sentence`}
                  >
                    Unlink
                  </button>
                </div>
              </li>
            );
          }),
        )}
      </ul>
      {canEdit && split.size > 0 && (
        <form className="split-form" onSubmit={doSplit}>
          <label>
            New claim for the {split.size} picked sentence{split.size > 1 ? 's' : ''}
            <input value={splitLabel} onChange={(e) => setSplitLabel(e.target.value)} placeholder="Label of the new claim" required />
          </label>
          <button type="submit">Split off</button>
        </form>
      )}
    </div>
  );
}
