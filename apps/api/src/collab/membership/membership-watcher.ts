import { Inject, Injectable } from '@nestjs/common';
import { COLLAB_CLOSE } from '@parallax/doc';
import type { Logger } from 'pino';
import { Role } from '../../generated/prisma/enums.js';
import { LOGGER } from '../../infra/logging/logger.js';
import { MembershipEvents, type MembershipChanged } from '../../access/membership-events.js';
import { SubscriptionSockets } from '../../access/subscription-sockets.js';
import { CollabFanout, type MembershipChange } from '../fanout/collab-fanout.js';
import { CollabAuthenticator } from '../server/collab-authenticator.js';
import { CollabGateway } from '../server/collab-gateway.js';

/**
 * Re-checks the open sockets of a user whose membership changed, here and (through the fan-out) on the
 * other instances: a removed member's sockets close with ACCESS_REVOKED (final); a member whose rights
 * changed (EDITOR ↔ VIEWER) is closed with ROLE_CHANGED, so the client reconnects with the new rights.
 * The user's graphql-ws sockets close too, so each subscription is authorised again on reconnect. A revoked
 * session or API token closes every socket opened with it (collab: UNAUTHENTICATED, graphql-ws: 4401).
 */
@Injectable()
export class MembershipWatcher {
  constructor(
    private readonly events: MembershipEvents,
    private readonly fanout: CollabFanout,
    private readonly gateway: CollabGateway,
    private readonly subscriptions: SubscriptionSockets,
    private readonly authenticator: CollabAuthenticator,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** Starts listening to local and remote membership changes. */
  async start(): Promise<void> {
    this.events.on((change) => {
      this.fanout.publishMembership(change);
      void this.recheck(change);
    });
    this.events.onRevoked(({ userId, credential }) => {
      const change = { userId, revokedCredential: credential };
      this.fanout.publishMembership(change);
      this.apply(change);
    });
    await this.fanout.onMembership((change) => this.apply(change));
  }

  private apply(change: MembershipChange): void {
    if ('revokedCredential' in change) return this.closeCredential(change.revokedCredential);
    void this.recheck(change);
  }

  /** Closes every socket (collab and graphql-ws) opened with a revoked session or token. */
  closeCredential(credential: string): void {
    for (const conn of this.gateway.connections) {
      if (conn.credential === credential) conn.close(COLLAB_CLOSE.UNAUTHENTICATED, 'the session or token was revoked');
    }
    this.subscriptions.closeCredential(credential);
  }

  /** Closes the sockets of `change.userId` in `change.workspaceId` that no longer match the user's role. */
  async recheck({ workspaceId, userId }: MembershipChanged): Promise<void> {
    this.subscriptions.closeUser(userId);
    const affected = [...this.gateway.connections].filter((c) => c.workspaceId === workspaceId && c.userId === userId);
    if (affected.length === 0) return;
    try {
      const role = await this.authenticator.currentRole(userId, workspaceId);
      for (const conn of affected) {
        if (role === null) conn.close(COLLAB_CLOSE.ACCESS_REVOKED, 'you were removed from this workspace');
        else if (conn.readOnly !== (role === Role.VIEWER)) conn.close(COLLAB_CLOSE.ROLE_CHANGED, 'your role changed; reconnect');
      }
    } catch (err) {
      this.log.error({ err, workspaceId, userId }, 'collab membership re-check failed');
    }
  }
}
