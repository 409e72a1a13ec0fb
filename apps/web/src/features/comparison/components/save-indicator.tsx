import { useSyncExternalStore } from 'react';
import type { CollabStatus, SaveStatus } from '../../../lib/collab/collab-status';
import type { ValueStore } from '../../../lib/collab/value-store';

const TEXT = {
  connecting: 'Connecting…',
  saved: 'All changes saved',
  saving: 'Saving…',
  local: 'Saved on this device',
  synced: 'Up to date',
};

/** The line the indicator shows for a doc status and save state. */
export function saveLine(status: CollabStatus, save: SaveStatus): keyof typeof TEXT {
  if (status.status !== 'synced') return save !== 'unknown' ? 'local' : 'connecting';
  if (save === 'local') return 'local';
  if (save === 'saving') return 'saving';
  return save === 'saved' ? 'saved' : 'synced';
}

/** One line in the toolbar saying whether the user's changes are durable. */
export function SaveIndicator({ status, save: store }: { status: CollabStatus; save: ValueStore<SaveStatus> }) {
  const save = useSyncExternalStore(store.subscribe, store.get);
  const key = saveLine(status, save);
  return (
    <span className={`save-indicator save-${key}`} role="status" aria-live="polite" data-testid="save-status">
      <span className="dot" aria-hidden="true" />
      {TEXT[key]}
    </span>
  );
}
