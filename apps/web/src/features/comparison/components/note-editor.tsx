import type { ChangeOrigin } from '@parallax/doc';
import type * as Y from 'yjs';
import type { Peer } from '../../../lib/collab/presence';
import { useNoteBinding } from '../hooks/use-note-binding';

/** The claim's shared note: a textarea bound to its Y.Text, with who else is typing in it. */
export function NoteEditor({
  doc,
  claimId,
  origin,
  canEdit,
  peers,
  onFocusChange,
}: {
  doc: Y.Doc;
  claimId: string;
  origin: ChangeOrigin;
  canEdit: boolean;
  peers: Peer[];
  onFocusChange: (editing: boolean) => void;
}) {
  const note = useNoteBinding(doc, claimId, origin, canEdit);
  const typing = peers.filter((p) => p.focus?.claimId === claimId && p.editing === 'note');
  if (!note.available) return null;
  return (
    <label className="note-editor">
      <span className="section-label">
        Note
        {typing.length > 0 && (
          <span className="typing" style={{ color: typing[0]!.user.color }}>
            {typing.map((p) => p.user.name).join(', ')} typing…
          </span>
        )}
      </span>
      <textarea
        ref={note.ref}
        value={note.value}
        readOnly={!canEdit}
        rows={4}
        placeholder={canEdit ? 'What stands out in how outlets reported this claim? Everyone here sees your typing.' : 'No note.'}
        onChange={(e) => note.onChange(e.target.value)}
        onFocus={() => onFocusChange(true)}
        onBlur={() => onFocusChange(false)}
        style={typing[0] ? { boxShadow: `0 0 0 2px ${typing[0].user.color}` } : undefined}
      />
    </label>
  );
}
