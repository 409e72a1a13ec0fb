import { createClaim, getClaimNoteText, ORIGIN, setNote } from '@parallax/doc';
import { act, render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import { transformOffset, useNoteBinding } from './use-note-binding';

describe('transformOffset (keeping my caret in place while others type in the note)', () => {
  it('moves the caret right when text is inserted before it, not after it', () => {
    expect(transformOffset(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformOffset(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(8);
    expect(transformOffset(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
  });

  it('moves the caret left by what was deleted before it, never past the deletion', () => {
    expect(transformOffset(5, [{ delete: 2 }])).toBe(3);
    expect(transformOffset(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
    expect(transformOffset(5, [{ retain: 5 }, { delete: 3 }])).toBe(5);
  });
});

describe('useNoteBinding (a textarea bound to a claim note)', () => {
  function Note({ doc, claimId }: { doc: Y.Doc; claimId: string }) {
    const note = useNoteBinding(doc, claimId, ORIGIN.user('me'), true);
    if (!note.available) return <p>no note yet</p>;
    return <textarea aria-label="Note" ref={note.ref} value={note.value} onChange={(e) => note.onChange(e.target.value)} />;
  }

  it('binds the note once the claim arrives in the doc (a claim shown before its doc synced)', () => {
    const doc = new Y.Doc();
    render(<Note doc={doc} claimId="c1" />);
    expect(screen.getByText('no note yet')).toBeInTheDocument();
    const remote = new Y.Doc();
    createClaim(remote, { id: 'c1', label: 'Claim one' }, ORIGIN.autoAlign);
    setNote(remote, 'c1', 'Check the date.', ORIGIN.user('other'));
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote)));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Check the date.');
  });

  it('keeps my caret in place across several remote edits that arrive before a render', () => {
    const doc = new Y.Doc();
    createClaim(doc, { id: 'c1', label: 'Claim one' }, ORIGIN.autoAlign);
    setNote(doc, 'c1', 'abcdefgh', ORIGIN.user('other'));
    render(<Note doc={doc} claimId="c1" />);
    const area = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(5, 5);
    const text = getClaimNoteText(doc, 'c1')!;
    // Two remote inserts before my caret, in separate transactions, rendered together.
    act(() => {
      doc.transact(() => text.insert(0, 'X'), ORIGIN.user('other'));
      doc.transact(() => text.insert(1, 'Y'), ORIGIN.user('other'));
    });
    expect(area.value).toBe('XYabcdefgh');
    expect([area.selectionStart, area.selectionEnd]).toEqual([7, 7]);
  });
});
