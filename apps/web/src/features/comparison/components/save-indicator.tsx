import { useSyncExternalStore } from 'react';
import type { CollabState, SaveStatus } from '../../../lib/collab/collab-status';
import type { ValueStore } from '../../../lib/collab/value-store';

const TEXT = {
  connecting: 'Connecting…',
  saved: 'All changes saved',
  saving: 'Saving…',
  local: 'Saved on this device',
  synced: 'Up to date',
};

/** One line in the toolbar saying whether the user's changes are durable. */
export function SaveIndicator({ state, save: store }: { state: CollabState; save: ValueStore<SaveStatus> }) {
  const save = useSyncExternalStore(store.subscribe, store.get);
  let key: keyof typeof TEXT;
  if (save === 'local' || (state.status !== 'online' && save !== 'unknown')) key = 'local';
  else if (state.status !== 'online' || !state.synced) key = 'connecting';
  else if (save === 'saving') key = 'saving';
  else if (save === 'saved') key = 'saved';
  else key = 'synced';
  return (
    <span className={`save-indicator save-${key}`} role="status" aria-live="polite" data-testid="save-status">
      <span className="dot" aria-hidden="true" />
      {TEXT[key]}
    </span>
  );
}
