import { Injectable } from '@nestjs/common';
import type { WebSocket } from 'ws';
import type { Viewer } from './request-context.js';

/** graphql-ws close codes (graphql-ws's CloseCode): 4401 is final for its client, 4403 makes it retry. */
const UNAUTHORIZED = 4401;
const FORBIDDEN = 4403;

/**
 * The open graphql-ws sockets and who opened them, so a revocation reaches subscriptions that are already
 * running: a subscription is authorised when it starts, and would otherwise go on delivering a workspace's
 * events to someone removed from it, or to a token revoked since.
 */
@Injectable()
export class SubscriptionSockets {
  private readonly open = new Map<WebSocket, Viewer>();

  /** Remembers a socket until it closes. */
  add(socket: WebSocket, viewer: Viewer): void {
    this.open.set(socket, viewer);
    socket.once('close', () => this.open.delete(socket));
  }

  /** Closes the sockets opened with a revoked credential (the client must sign in again). */
  closeCredential(credential: string): void {
    for (const [socket, viewer] of this.open)
      if (viewer.credential === credential) socket.close(UNAUTHORIZED, 'Unauthorized: the credential was revoked');
  }

  /**
   * Closes a user's sockets after their membership changed; the client reconnects and subscribes again,
   * and each subscription is authorised afresh with the new role.
   */
  closeUser(userId: string): void {
    for (const [socket, viewer] of this.open)
      if (viewer.userId === userId) socket.close(FORBIDDEN, 'Forbidden: your access changed; reconnect');
  }
}
