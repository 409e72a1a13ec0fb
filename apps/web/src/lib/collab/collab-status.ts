import { COLLAB_CLOSE } from '@parallax/doc';

/** Where the live connection stands. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** Whether the user's changes are durable on the server. */
export type SaveStatus = 'saved' | 'saving' | 'local' | 'unknown';

/** The connection state the UI shows in its banner and status line. */
export interface CollabState {
  status: ConnectionStatus;
  /** True once the doc has synced with the server on the current connection. */
  synced: boolean;
  /** True once the offline copy (IndexedDB) was loaded. */
  localLoaded: boolean;
  /** Why the server closed the connection for good, in words for the user. */
  refusal: string | null;
}

/** Explains a final close code (4400–4499) to the user. */
export function refusalMessage(code: number, reason: string): string {
  switch (code) {
    case COLLAB_CLOSE.UNAUTHENTICATED:
      return 'Your session has expired. Sign in again to keep editing.';
    case COLLAB_CLOSE.FORBIDDEN:
      return 'You are not a member of this workspace.';
    case COLLAB_CLOSE.NOT_FOUND:
      return 'This comparison no longer exists.';
    case COLLAB_CLOSE.ACCESS_REVOKED:
      return 'Your access to this workspace was removed.';
    case COLLAB_CLOSE.MESSAGE_TOO_LARGE:
    case COLLAB_CLOSE.DOC_TOO_LARGE:
      return 'The last change was too large for the server and was not saved.';
    case COLLAB_CLOSE.RATE_LIMITED:
      return 'Too many changes too quickly; the server paused this connection.';
    default:
      return reason || `The server closed the connection (${code}).`;
  }
}
