import { COLLAB_MESSAGE } from '@parallax/doc';

// y-protocols sync sub-types that carry document content: step 2 (the reply to the server's step 1) and update.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** True when a binary frame is a sync message that carries document content (what the server acknowledges). */
export function carriesUpdate(data: unknown): boolean {
  const bytes = data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : null;
  // Both the message type (0) and the sync sub-type (1, 2) are single-byte varuints.
  return !!bytes && bytes.length > 1 && bytes[0] === COLLAB_MESSAGE.SYNC && (bytes[1] === SYNC_STEP_2 || bytes[1] === SYNC_UPDATE);
}

/**
 * A WebSocket that counts the update-carrying sync messages it sends. The server's ACK message says "your
 * first n such messages on this connection are stored"; comparing n with this count tells whether every
 * local change is durable. One counter per socket, because acks are numbered per connection.
 */
export class CountingWebSocket extends WebSocket {
  /** Update-carrying messages sent on this connection. */
  sentUpdates = 0;
  /** The highest n the server acknowledged on this connection. */
  ackedUpdates = 0;

  override send(data: Parameters<WebSocket['send']>[0]): void {
    if (carriesUpdate(data)) this.sentUpdates += 1;
    super.send(data);
  }
}
