import type { CollabState } from '../../../lib/collab/collab-status';

/**
 * Says when the live connection is not normal: offline (edits are kept on this device and merge on
 * reconnect), refused by the server (why), or read-only for viewers.
 */
export function ConnectionBanner({ state, readOnly, onReconnect }: { state: CollabState; readOnly: boolean; onReconnect: () => void }) {
  if (state.status === 'refused')
    return (
      <div className="banner banner-error" role="alert">
        {state.refusal}{' '}
        <button type="button" className="link-button" onClick={onReconnect}>
          Try again
        </button>
      </div>
    );
  if (state.status === 'offline')
    return (
      <div className="banner banner-warning" role="status">
        You are offline. {readOnly ? 'You see the last copy loaded.' : 'Your changes are kept on this device and merge when the connection comes back.'} Reconnecting…
      </div>
    );
  if (readOnly)
    return (
      <div className="banner banner-info" role="status">
        You can read this comparison but not edit it (viewer).
      </div>
    );
  return null;
}
