/** A line of the raw input that the importer kept out of the body. */
export interface DroppedLineView {
  lineIndex: number;
  text: string;
  reason: string;
}

/**
 * The lines dropped as boilerplate, each with its reason and a checkbox to restore it into the body.
 * With `onRestoreNow`, each line gets a button instead (the article page restores immediately).
 */
export function DroppedLinesList({
  lines,
  selected,
  onToggle,
  onRestoreNow,
  disabled,
}: {
  lines: DroppedLineView[];
  selected?: Set<number>;
  onToggle?: (lineIndex: number) => void;
  onRestoreNow?: (lineIndex: number) => void;
  disabled?: boolean;
}) {
  if (lines.length === 0) return <p className="muted small">No lines were dropped.</p>;
  return (
    <ul className="dropped-lines" aria-label="Lines dropped as boilerplate">
      {lines.map((l) => (
        <li key={l.lineIndex} className={selected?.has(l.lineIndex) ? 'restoring' : undefined}>
          <span className="dropped-reason">{l.reason}</span>
          <span className="dropped-text">{l.text}</span>
          {onToggle && (
            <label className="inline-check">
              <input
                type="checkbox"
                checked={selected?.has(l.lineIndex) ?? false}
                onChange={() => onToggle(l.lineIndex)}
                disabled={disabled}
              />
              Restore
            </label>
          )}
          {onRestoreNow && (
            <button
              type="button"
              onClick={() => onRestoreNow(l.lineIndex)}
              disabled={disabled}
              aria-label={`Restore line ${l.lineIndex + 1}: ${l.text.slice(0, 40)}`}
            >
              Restore
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
