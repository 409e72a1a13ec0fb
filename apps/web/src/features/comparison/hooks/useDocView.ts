import { type ComparisonDocView, observeComparisonDoc, readComparisonDoc } from '@parallax/doc';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

const schedule = (fn: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(fn);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(fn, 16);
  return () => clearTimeout(id);
};

/**
 * The doc as a plain snapshot that re-renders on change. The user's own edits apply at once (typing must
 * feel immediate); remote bursts (another editor sending 20 updates a second, a reconnect's backlog) are
 * coalesced into at most one read per animation frame.
 */
export function useDocView(doc: Y.Doc, localOrigin: unknown): ComparisonDocView {
  const [view, setView] = useState(() => readComparisonDoc(doc));
  useEffect(() => {
    setView(readComparisonDoc(doc));
    let cancel: (() => void) | null = null;
    const stop = observeComparisonDoc(doc, (origin) => {
      if (origin === localOrigin) {
        cancel?.();
        cancel = null;
        setView(readComparisonDoc(doc));
        return;
      }
      if (cancel) return;
      cancel = schedule(() => {
        cancel = null;
        setView(readComparisonDoc(doc));
      });
    });
    return () => {
      cancel?.();
      stop();
    };
  }, [doc, localOrigin]);
  return view;
}
