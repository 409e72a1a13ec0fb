import type * as Y from 'yjs';
import { DocOperationError } from './errors.js';
import { assertCanWrite } from './claims.js';
import type { ChangeOrigin } from './origin.js';
import { noteOf } from './records.js';
import { requireClaim, roots } from './roots.js';
import { assertId, assertNote, LIMITS } from './validate.js';

/**
 * Rewrites a Y.Text to the given string by replacing only the span that differs. Replacing the whole
 * text would delete characters another editor is typing next to at the same moment; a minimal edit keeps
 * their concurrent insertions outside the changed span.
 */
export function replaceText(text: Y.Text, next: string): boolean {
  const prev = text.toString();
  if (prev === next) return false;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev[start] === next[start]) start += 1;
  let end = 0;
  while (end < max - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  const removed = prev.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
  return true;
}

function noteText(doc: Y.Doc, claimId: string): Y.Text {
  const note = noteOf(requireClaim(roots(doc), claimId));
  if (!note) throw new DocOperationError('INVALID_ARGUMENT', `claim ${claimId} has no note text`);
  return note;
}

/** Sets a claim's note to the given text (a minimal edit of the collaborative text). */
export function setNote(doc: Y.Doc, claimId: string, text: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertNote(text);
  const note = noteText(doc, claimId);
  doc.transact(() => replaceText(note, text), origin);
}

/** Appends a paragraph to a claim's note, separated from existing text by a blank line. */
export function appendNote(doc: Y.Doc, claimId: string, text: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(claimId, 'claimId');
  assertNote(text);
  const note = noteText(doc, claimId);
  if (note.length + text.length + 2 > LIMITS.noteLength) {
    throw new DocOperationError('INVALID_ARGUMENT', `note must have at most ${LIMITS.noteLength} characters`);
  }
  if (text.length === 0) return;
  doc.transact(() => appendParagraph(note, text), origin);
}

/** Appends text to a note as a new paragraph; used by appendNote and by merges. */
export function appendParagraph(note: Y.Text, text: string): void {
  if (text.trim().length === 0) return;
  note.insert(note.length, note.length > 0 ? `\n\n${text}` : text);
}
