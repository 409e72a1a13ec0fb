import { type ChangeOrigin, getClaimNoteText, LIMITS, setNote } from '@parallax/doc';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';

/** Maps a caret offset through a remote Y.Text change, so typing elsewhere does not move my caret. */
export function transformOffset(offset: number, delta: Y.YTextEvent['delta']): number {
  let at = 0;
  let out = offset;
  for (const op of delta) {
    if (op.retain) at += op.retain;
    else if (typeof op.insert === 'string') {
      if (at <= offset) out += op.insert.length;
      at += op.insert.length;
    } else if (op.delete) {
      if (at < offset) out -= Math.min(op.delete, offset - at);
    }
  }
  return Math.max(0, out);
}

/**
 * Binds a textarea to a claim's collaborative note (its Y.Text). Local typing is written as a minimal edit
 * (setNote), so concurrent typing elsewhere in the note survives; remote edits update the textarea while
 * keeping the caret where it was relative to the text around it.
 * The note is looked up again as the doc changes: a claim shown before its doc arrived (from the server's
 * projection), or one that another editor just created, gets its note once the doc has it.
 */
export function useNoteBinding(doc: Y.Doc, claimId: string, origin: ChangeOrigin, canEdit: boolean) {
  const text = useClaimNoteText(doc, claimId);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(() => text?.toString() ?? '');
  const pendingSelection = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (!text) return;
    setValue(text.toString());
    const onChange = (event: Y.YTextEvent, tr: Y.Transaction) => {
      if (tr.origin === origin) return;
      const el = ref.current;
      if (el && document.activeElement === el) {
        // Several remote changes can arrive before React renders: each moves the caret from where the
        // previous one left it, not from the textarea's (not yet updated) selection.
        const [start, end] = pendingSelection.current ?? [el.selectionStart, el.selectionEnd];
        pendingSelection.current = [transformOffset(start, event.delta), transformOffset(end, event.delta)];
      }
      setValue(text.toString());
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, origin]);

  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (sel && ref.current) ref.current.setSelectionRange(sel[0], sel[1]);
    pendingSelection.current = null;
  }, [value]);

  return {
    ref,
    value,
    available: text !== null,
    onChange: (next: string) => {
      if (!canEdit || !text || next.length > LIMITS.noteLength) return;
      setValue(next);
      setNote(doc, claimId, next, origin);
    },
  };
}

/** The claim's note (its Y.Text), or null while the doc has no such claim; re-read as the doc changes. */
function useClaimNoteText(doc: Y.Doc, claimId: string): Y.Text | null {
  const [found, setFound] = useState(() => ({ doc, claimId, text: getClaimNoteText(doc, claimId) }));
  useEffect(() => {
    const check = () =>
      setFound((f) => {
        const text = getClaimNoteText(doc, claimId);
        return f.doc === doc && f.claimId === claimId && f.text === text ? f : { doc, claimId, text };
      });
    check();
    doc.on('update', check);
    return () => doc.off('update', check);
  }, [doc, claimId]);
  // Until the effect ran for a new claim, read it directly (never the previous claim's note).
  return found.doc === doc && found.claimId === claimId ? found.text : getClaimNoteText(doc, claimId);
}
