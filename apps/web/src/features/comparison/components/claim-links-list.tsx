import { shownRelations } from '@parallax/align';
import { type Relation, RELATIONS } from '@parallax/doc';
import { type FormEvent, useMemo, useState } from 'react';
import type { DocActions } from '../hooks/use-doc-actions';
import type { ArticleColumn, GridRow, SegmentInfo } from '../utils/grid';
import { RELATION_LABELS } from '../utils/labels';
import { FlagBadges } from './flag-badges';
import { ShownRelationBadge } from './relation-badge';

/**
 * The sentences of a claim, outlet by outlet: change a sentence's relation, unlink it, or pick several and
 * split them off into a new claim. Relations and flags are the ones the grid shows (measured against the row's
 * base, see shownRelations), so the panel never says "Partial" beside a chip that says "Paraphrase"; the base
 * sentence and a claim one outlet alone reports have no relation to choose.
 */
export function ClaimLinksList({
  row,
  columns,
  baseId,
  visibleColumns,
  segments,
  actions,
  canEdit,
}: {
  row: GridRow;
  columns: ArticleColumn[];
  baseId: string | null;
  visibleColumns: ArticleColumn[];
  segments: Map<string, SegmentInfo>;
  actions: DocActions;
  canEdit: boolean;
}) {
  const shown = useMemo(
    () =>
      shownRelations(
        row.claim,
        baseId,
        (id) => segments.get(id),
        visibleColumns.map((c) => c.id),
      ),
    [row.claim, baseId, segments, visibleColumns],
  );
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
            const relation = shown.get(link.segmentId) ?? { kind: 'relation', relation: link.relation, flags: link.flags, measured: false };
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
                  {relation.kind === 'relation' && <FlagBadges flags={relation.flags} />}
                </div>
                <p className="link-text">{s?.text}</p>
                <div className="link-actions">
                  {relation.kind === 'relation' ? (
                    <select
                      aria-label={`Relation of the ${c.outletName} sentence`}
                      value={relation.relation}
                      disabled={!canEdit}
                      onChange={(e) => actions.setRelation(claimId, link.segmentId, e.target.value as Relation)}
                    >
                      {RELATIONS.map((r) => (
                        <option key={r} value={r}>
                          {RELATION_LABELS[r].short}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <ShownRelationBadge shown={relation} />
                  )}
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
