import { coverage, coverageRelation, shownRelations } from '@parallax/align';
import { plural } from '../../../lib/format';
import { useMemo } from 'react';
import type { ArticleColumn, GridRow, SegmentInfo } from '../utils/grid';
import { ONLY_HERE, RELATION_LABELS } from '../utils/labels';

/** The claims with each link's relation as the side-by-side badges show it (measured against the row's base). */
function claimsAsShown(rows: GridRow[], baseId: string | null, segments: Map<string, SegmentInfo> | undefined, order: string[]) {
  return rows.map((r) => {
    if (!segments) return { id: r.claim.id, label: r.claim.label, links: r.claim.links };
    const shown = shownRelations(r.claim, baseId, (id) => segments.get(id), order);
    return {
      id: r.claim.id,
      label: r.claim.label,
      links: r.claim.links.map((l) => ({ ...l, relation: coverageRelation(shown.get(l.segmentId), l.relation) })),
    };
  });
}

/**
 * Claims × outlets: each cell the outlet's relation to the claim, empty where the outlet omits it.
 * Clicking a cell jumps to that claim and outlet in the side-by-side view. Below, the claims only one
 * outlet makes and the pairs of outlets that share wire copy.
 */
export function CoverageMatrix({
  rows,
  columns,
  onJump,
  baseId = null,
  segments,
}: {
  rows: GridRow[];
  columns: ArticleColumn[];
  onJump: (claimId: string, articleId: string | null) => void;
  /** The base column; with `segments`, cells show the relations measured against it, as the badges do. */
  baseId?: string | null;
  segments?: Map<string, SegmentInfo>;
}) {
  const result = useMemo(
    () =>
      coverage({
        articles: columns.map((c) => ({ id: c.id, outletName: c.outletName })),
        claims: claimsAsShown(
          rows,
          baseId,
          segments,
          columns.map((c) => c.id),
        ),
      }),
    [rows, columns, baseId, segments],
  );
  const single = new Set(result.uniqueClaims.map((u) => u.claimId));
  const name = new Map(columns.map((c) => [c.id, c.outletName]));
  if (rows.length === 0) return <p className="empty">No claims yet, so there is nothing to cover.</p>;
  return (
    <div className="coverage">
      <div className="coverage-scroll">
        <table className="coverage-table">
          <caption className="visually-hidden">Which outlet reports which claim, and how</caption>
          <thead>
            <tr>
              <th scope="col" className="coverage-claim">
                Claim
              </th>
              {columns.map((c) => (
                <th key={c.id} scope="col" className="coverage-outlet">
                  <span>{c.outletName}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => (
              <tr key={row.claimId}>
                <th scope="row" className="coverage-claim">
                  <button type="button" className="link-button" onClick={() => onJump(row.claimId, null)}>
                    {i + 1}. {row.label}
                  </button>
                </th>
                {row.cells.map((relation, j) => {
                  const articleId = result.articleIds[j]!;
                  const outlet = name.get(articleId) ?? '';
                  if (relation && single.has(row.claimId)) {
                    return (
                      <td key={articleId} className="cell relation-only-here">
                        <button
                          type="button"
                          aria-label={`${outlet}, claim ${i + 1}: ${ONLY_HERE.short}`}
                          title={`${outlet}: ${ONLY_HERE.long}`}
                          onClick={() => onJump(row.claimId, articleId)}
                        >
                          {ONLY_HERE.letter}
                        </button>
                      </td>
                    );
                  }
                  return relation ? (
                    <td key={articleId} className={`cell relation-${relation.toLowerCase()}`}>
                      <button
                        type="button"
                        aria-label={`${outlet}, claim ${i + 1}: ${RELATION_LABELS[relation].short}`}
                        title={`${outlet}: ${RELATION_LABELS[relation].long}`}
                        onClick={() => onJump(row.claimId, articleId)}
                      >
                        {RELATION_LABELS[relation].letter}
                      </button>
                    </td>
                  ) : (
                    <td
                      key={articleId}
                      className="cell omitted"
                      aria-label={`${outlet} does not report claim ${i + 1}`}
                      data-omitted="true"
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="coverage-legend" aria-label="Legend">
        {Object.entries(RELATION_LABELS).map(([k, v]) => (
          <span key={k} className={`legend relation-${k.toLowerCase()}`}>
            <b>{v.letter}</b> {v.short}
          </span>
        ))}
        <span className="legend relation-only-here">
          <b>{ONLY_HERE.letter}</b> {ONLY_HERE.short}
        </span>
        <span className="legend omitted">
          <b>&nbsp;</b> not reported
        </span>
      </div>
      {(result.uniqueClaims.length > 0 || result.sharedWire.length > 0) && (
        <div className="coverage-notes">
          {result.uniqueClaims.length > 0 && (
            <details>
              <summary>
                <strong>Said by one outlet only:</strong> {plural(result.uniqueClaims.length, 'claim')}
              </summary>
              <ul className="unique-claims">
                {columns.map((c) => {
                  const own = result.uniqueClaims.filter((u) => u.articleId === c.id);
                  if (own.length === 0) return null;
                  return (
                    <li key={c.id}>
                      {c.outletName}:{' '}
                      {own.map((u, k) => (
                        <span key={u.claimId}>
                          {k > 0 && ', '}
                          <button type="button" className="link-button" onClick={() => onJump(u.claimId, c.id)}>
                            {rows.findIndex((r) => r.claim.id === u.claimId) + 1}
                          </button>
                        </span>
                      ))}
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          {result.sharedWire.length > 0 && (
            <p>
              <strong>Likely shared wire copy:</strong>{' '}
              {result.sharedWire
                .map((w) => `${name.get(w.articleIds[0])} & ${name.get(w.articleIds[1])} (${Math.round(w.share * 100)}% verbatim)`)
                .join('; ')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
