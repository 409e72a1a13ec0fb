import { Dialog } from '../../../components/ui/dialog';
import type { Columns } from '../hooks/use-columns';

/** Chooses which outlet columns to show, their order (buttons, so it works by keyboard) and the base. */
export function ColumnPicker({ open, onClose, columns }: { open: boolean; onClose: () => void; columns: Columns }) {
  return (
    <Dialog open={open} title="Columns" onClose={onClose}>
      <p className="muted small">
        Shown columns appear left to right in this order. The base column is what the others are diffed against.
      </p>
      <ol className="column-list">
        {columns.ordered.map((c, i) => (
          <li key={c.id}>
            <label className="inline-check">
              <input type="checkbox" checked={!columns.hidden.has(c.id)} onChange={() => columns.toggle(c.id)} />
              {c.outletName}
            </label>
            <span className="column-actions">
              <label className="inline-check small">
                <input
                  type="radio"
                  name="base-column"
                  checked={columns.baseId === c.id}
                  disabled={columns.hidden.has(c.id)}
                  onChange={() => columns.setBase(c.id)}
                />
                base
              </label>
              <button type="button" aria-label={`Move ${c.outletName} left`} disabled={i === 0} onClick={() => columns.move(c.id, -1)}>
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${c.outletName} right`}
                disabled={i === columns.ordered.length - 1}
                onClick={() => columns.move(c.id, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="row-end">
        <button type="button" onClick={columns.showAll}>
          Show all
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
