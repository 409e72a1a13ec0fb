import { forwardRef, useEffect, useState } from 'react';

/**
 * The claim's label as an input: Enter or leaving the field renames, Escape reverts. A rename by someone
 * else updates the field unless the user is typing in it.
 */
export const ClaimLabelEditor = forwardRef<
  HTMLInputElement,
  { label: string; canEdit: boolean; onRename: (label: string) => void; onFocusChange: (editing: boolean) => void }
>(function ClaimLabelEditor({ label, canEdit, onRename, onFocusChange }, ref) {
  const [draft, setDraft] = useState(label);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(label);
  }, [label, editing]);
  const commit = () => {
    const clean = draft.trim();
    if (clean && clean !== label) onRename(clean);
    else setDraft(label);
  };
  return (
    <label className="label-editor">
      <span className="visually-hidden">Claim label</span>
      <input
        ref={ref}
        value={draft}
        disabled={!canEdit}
        maxLength={500}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => {
          setEditing(true);
          onFocusChange(true);
        }}
        onBlur={() => {
          setEditing(false);
          onFocusChange(false);
          commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
            (e.target as HTMLInputElement).blur();
          } else if (e.key === 'Escape') {
            setDraft(label);
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
    </label>
  );
});
