import type { CollabStatus } from '../../../lib/collab/collab-status';

/**
 * Says when the live connection is not normal: offline (edits are kept on this device and merge on
 * reconnect), refused by the server (why), or read-only for viewers.
 */
export function ConnectionBanner({ status, readOnly, onReconnect }: { status: CollabStatus; readOnly: boolean; onReconnect: () => void }) {
  if (status.status === 'refused')
    return (
      <div className="banner banner-error" role="alert">
        {status.reason}{' '}
        <button type="button" className="link-button" onClick={onReconnect}>
          Try again
        </button>
      </div>
    );
  if (status.status === 'local' && status.connection === 'offline')
    return (
      <div className="banner banner-warning" role="status">
        You are offline.{' '}
        {readOnly ? 'You see the last copy loaded.' : 'Your changes are kept on this device and merge when the connection comes back.'}{' '}
        Reconnecting…
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
