import { COLLAB_CLOSE } from '@parallax/doc';

/**
 * Where a comparison's live doc stands, as one union (the shape of tldraw's `useSync`), so pages switch on
 * one value instead of combining flags:
 * - `connecting`: nothing worth showing yet (no server sync, no offline copy, grace period not over);
 * - `local`: the doc shown is this device's copy, and edits stay here until the server has them, while the
 *   connection is `connecting` (or re-syncing) or `offline`;
 * - `synced`: connected and in sync with the server;
 * - `refused`: the server closed the connection for good, with the reason in words.
 */
export type CollabStatus =
  | { status: 'connecting' }
  | { status: 'local'; connection: 'connecting' | 'offline' }
  | { status: 'synced' }
  | { status: 'refused'; reason: string };

/** Whether the user's changes are durable on the server. */
export type SaveStatus = 'saved' | 'saving' | 'local' | 'unknown';

/** What the providers report, from which {@link collabStatus} derives the union. */
export interface ProviderState {
  socket: 'connecting' | 'connected' | 'disconnected';
  /** True once the doc has synced with the server on the current connection. */
  synced: boolean;
  /** True once the offline copy (IndexedDB) was loaded. */
  localLoaded: boolean;
  /** Set when the server refused the connection for good. */
  refusal: string | null;
}

/**
 * The status of a doc. `hasLocalCopy` says the offline copy holds a doc synced before (so it is shown at
 * once); `graceOver` says a first visit waited long enough for the server and shows what there is.
 */
export function collabStatus(p: ProviderState, hasLocalCopy: boolean, graceOver: boolean): CollabStatus {
  if (p.refusal !== null) return { status: 'refused', reason: p.refusal };
  if (p.socket === 'connected' && p.synced) return { status: 'synced' };
  if (!p.localLoaded || (!hasLocalCopy && !graceOver && p.socket !== 'disconnected')) return { status: 'connecting' };
  return { status: 'local', connection: p.socket === 'disconnected' ? 'offline' : 'connecting' };
}

/** Explains a final close code (4400–4499) to the user. */
export function refusalMessage(code: number, reason: string): string {
  switch (code) {
    case COLLAB_CLOSE.UNAUTHENTICATED:
      return 'Your session has expired. Sign in again to keep editing.';
    case COLLAB_CLOSE.FORBIDDEN:
      return 'You are not a member of this workspace.';
    case COLLAB_CLOSE.NOT_FOUND:
      return 'This comparison no longer exists. Someone deleted it.';
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
