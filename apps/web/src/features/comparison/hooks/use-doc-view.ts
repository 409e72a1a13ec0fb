import { type ComparisonDocView, observeComparisonDoc, readComparisonDoc } from '@parallax/doc';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';

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
  const [first] = useState(() => ({ doc, view: readComparisonDoc(doc), at: transactionCount(doc) }));
  const [view, setView] = useState(first.view);
  useEffect(() => {
    // Read again only for another doc, or if this one changed since the first render (a large doc takes a while to read).
    if (first.doc !== doc || transactionCount(doc) !== first.at) setView(readComparisonDoc(doc));
    let cancel: (() => void) | null = null;
    let noteTimer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      cancel?.();
      cancel = null;
      if (noteTimer) clearTimeout(noteTimer);
      noteTimer = null;
      setView(readComparisonDoc(doc));
    };
    const stop = observeComparisonDoc(doc, (origin, transaction) => {
      // Typing in a note (mine or someone else's) changes only that note's Y.Text, which its editor shows
      // itself; the rest of the view only needs the note text for its "has a note" marker, so re-reading
      // the whole doc on every keystroke (15,000 links for 50 outlets × 300 claims) waits for a pause.
      // The wait restarts with every keystroke, so a long stretch of typing never pays for a full read.
      if (onlyTextChanged(transaction)) {
        if (cancel) return;
        if (noteTimer) clearTimeout(noteTimer);
        noteTimer = setTimeout(refresh, NOTE_REFRESH_MS);
        return;
      }
      if (origin === localOrigin) {
        refresh();
        return;
      }
      if (cancel) return;
      cancel = schedule(refresh);
    });
    return () => {
      cancel?.();
      if (noteTimer) clearTimeout(noteTimer);
      stop();
    };
  }, [doc, localOrigin, first]);
  return view;
}

const COUNTS = new WeakMap<Y.Doc, { n: number }>();

/** How many transactions `doc` has had since it was first asked about (counted from then on). */
function transactionCount(doc: Y.Doc): number {
  let c = COUNTS.get(doc);
  if (!c) {
    const counter = (c = { n: 0 });
    COUNTS.set(doc, counter);
    doc.on('afterTransaction', () => counter.n++);
  }
  return c.n;
}

const NOTE_REFRESH_MS = 800;

function onlyTextChanged(transaction: Y.Transaction): boolean {
  if (transaction.changed.size === 0) return false;
  for (const type of transaction.changed.keys()) if (!(type instanceof Y.Text)) return false;
  return true;
}
