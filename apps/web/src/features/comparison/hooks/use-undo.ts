import { comparisonRootTypes, type ChangeOrigin } from '@parallax/doc';
import { useCallback, useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';

/**
 * Undo and redo of this person's own changes (Ctrl+Z / Ctrl+Shift+Z), plus a notice that offers "Undo"
 * right after a destructive change such as deleting a claim, in place of a confirmation dialog.
 */
export function useUndo(doc: Y.Doc, origin: ChangeOrigin) {
  const manager = useMemo(() => new Y.UndoManager(comparisonRootTypes(doc), { trackedOrigins: new Set([origin]) }), [doc, origin]);
  useEffect(() => () => manager.destroy(), [manager]);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(t);
  }, [notice]);
  const undo = useCallback(() => {
    manager.undo();
    setNotice(null);
  }, [manager]);
  const redo = useCallback(() => manager.redo(), [manager]);
  return { undo, redo, notice, notify: setNotice, dismiss: useCallback(() => setNotice(null), []) };
}
