import { Inject, Injectable } from '@nestjs/common';
import { COLLAB_CLOSE } from '@parallax/doc';
import type { Logger } from 'pino';
import { Role } from '../../generated/prisma/enums.js';
import { LOGGER } from '../../infra/logging/logger.js';
import { MembershipEvents, type MembershipChanged } from '../../access/membership-events.js';
import { CollabFanout } from '../fanout/collab-fanout.js';
import { CollabAuthenticator } from '../server/collab-authenticator.js';
import { CollabGateway } from '../server/collab-gateway.js';

/**
 * Re-checks the open sockets of a user whose membership changed, here and (through the fan-out) on the
 * other instances: a removed member's sockets close with ACCESS_REVOKED (final); a member whose rights
 * changed (EDITOR ↔ VIEWER) is closed with ROLE_CHANGED, so the client reconnects with the new rights.
 */
@Injectable()
export class MembershipWatcher {
  constructor(
    private readonly events: MembershipEvents,
    private readonly fanout: CollabFanout,
    private readonly gateway: CollabGateway,
    private readonly authenticator: CollabAuthenticator,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** Starts listening to local and remote membership changes. */
  async start(): Promise<void> {
    this.events.on((change) => {
      this.fanout.publishMembership(change);
      void this.recheck(change);
    });
    await this.fanout.onMembership((change) => void this.recheck(change));
  }

  /** Closes the sockets of `change.userId` in `change.workspaceId` that no longer match the user's role. */
  async recheck({ workspaceId, userId }: MembershipChanged): Promise<void> {
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
