import type { CollabStatus } from '../../../lib/collab/collab-status';

/**
 * Says when the live connection is not normal: offline (edits are kept on this device and merge on
 * reconnect, or, while only the saved claims are shown, editing waits for the live comparison), refused
 * by the server (why), or read-only for viewers.
 */
export function ConnectionBanner({
  status,
  readOnly,
  projected = false,
  onReconnect,
}: {
  status: CollabStatus;
  readOnly: boolean;
  /** True while the grid shows the server's saved claims, not the live doc (it has not loaded yet). */
  projected?: boolean;
  onReconnect: () => void;
}) {
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
        {projected
          ? 'You see the claims as last saved; editing starts once the live comparison has loaded.'
          : readOnly
            ? 'You see the last copy loaded.'
            : 'Your changes are kept on this device and merge when the connection comes back.'}{' '}
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
