/** A short notice after a destructive change, with the way back: "Deleted …  Undo". */
export function UndoNotice({ text, onUndo, onDismiss }: { text: string | null; onUndo: () => void; onDismiss: () => void }) {
  if (!text) return null;
  return (
    <div className="undo-notice" role="status">
      <span>{text}</span>
      <button type="button" className="link-button" onClick={onUndo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" className="link-button muted" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
