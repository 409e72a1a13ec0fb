import type { CollabState } from '../../../lib/collab/collabStatus';

const TEXT = {
  connecting: 'Connecting…',
  saved: 'All changes saved',
  saving: 'Saving…',
  local: 'Saved on this device',
  synced: 'Up to date',
};

/** One line in the toolbar saying whether the user's changes are durable. */
export function SaveIndicator({ state }: { state: CollabState }) {
  let key: keyof typeof TEXT;
  if (state.save === 'local' || (state.status !== 'online' && state.save !== 'unknown')) key = 'local';
  else if (state.status !== 'online' || !state.synced) key = 'connecting';
  else if (state.save === 'saving') key = 'saving';
  else if (state.save === 'saved') key = 'saved';
  else key = 'synced';
  return (
    <span className={`save-indicator save-${key}`} role="status" aria-live="polite" data-testid="save-status">
      <span className="dot" aria-hidden="true" />
      {TEXT[key]}
    </span>
  );
}
