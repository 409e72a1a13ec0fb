import type { ArticleColumn } from '../utils/grid';

/** The sticky header of one outlet column, with "use as base" for the word diffs. */
export function OutletHeader({
  column,
  colIndex,
  width,
  isBase,
  onSetBase,
}: {
  column: ArticleColumn;
  colIndex: number;
  width: number;
  isBase: boolean;
  onSetBase: () => void;
}) {
  return (
    <div role="columnheader" aria-colindex={colIndex} className={isBase ? 'outlet-head base' : 'outlet-head'} style={{ width }}>
      <div className="outlet-name" title={column.headline ?? undefined}>
        {column.outletName}
        {column.kind === 'OFFICIAL' && <span className="badge">official</span>}
      </div>
      {isBase ? (
        <span className="base-marker">base of the diffs</span>
      ) : (
        <button
          type="button"
          className="link-button small"
          onClick={onSetBase}
          aria-label={`Use ${column.outletName} as the base of the diffs`}
        >
          use as base
        </button>
      )}
    </div>
  );
}
