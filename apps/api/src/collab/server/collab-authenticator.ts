import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { COLLAB_CLOSE } from '@parallax/doc';
import { Role } from '../../generated/prisma/enums.js';
import { Forbidden, NotFound } from '../../infra/errors/app-error.js';
import { ComparisonPolicy } from '../../access/comparison.policy.js';
import { ViewerService } from '../../access/viewer.service.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';

/** Who may open a comparison's collab socket, and with which rights. */
export interface CollabAccess {
  ok: true;
  userId: string;
  /** The hash of the session or token the socket was opened with (closed when it is revoked). */
  credential: string;
  /** The user's display name: the only author name the connection's comments may carry. */
  userName: string;
  workspaceId: string;
  role: Role;
  /** VIEWERs and read-only API tokens get a read-only connection. */
  readOnly: boolean;
}

/** Why a socket is refused: the close code (COLLAB_CLOSE) and a reason for logs and the client. */
export interface CollabRefusal {
  ok: false;
  code: number;
  reason: string;
}

/**
 * Authenticates a collab upgrade request with the same credentials as HTTP (Authorization header, session
 * cookie, or `?token=` since browsers cannot set headers on a WebSocket), and authorises it with the same
 * ComparisonPolicy as GraphQL, so both refuse the same people.
 */
@Injectable()
export class CollabAuthenticator {
  constructor(
    private readonly viewers: ViewerService,
    private readonly comparisons: ComparisonPolicy,
    private readonly workspaces: WorkspacePolicy,
  ) {}

  /** Decides whether the request may open the comparison's socket. Never throws for a refusal. */
  async authorize(req: IncomingMessage, comparisonId: string): Promise<CollabAccess | CollabRefusal> {
    const viewer = await this.viewers.forRequest(req, true);
    if (!viewer) return refuse(COLLAB_CLOSE.UNAUTHENTICATED, 'sign in or send a valid token');
    try {
      const { comparison, role } = await this.comparisons.assert(null, viewer.userId, comparisonId, Role.VIEWER);
      return {
        ok: true,
        userId: viewer.userId,
        credential: viewer.credential,
        userName: viewer.name,
        workspaceId: comparison.workspaceId,
        role,
        readOnly: role === Role.VIEWER || !viewer.canWrite,
      };
    } catch (err) {
      if (err instanceof NotFound) return refuse(COLLAB_CLOSE.NOT_FOUND, 'no such comparison');
      if (err instanceof Forbidden) return refuse(COLLAB_CLOSE.FORBIDDEN, 'not a member of this workspace');
      throw err;
    }
  }

  /** The user's current role in a workspace, or null when no longer a member (for membership changes). */
  currentRole(userId: string, workspaceId: string): Promise<Role | null> {
    return this.workspaces.roleOf(null, userId, workspaceId);
  }
}

function refuse(code: number, reason: string): CollabRefusal {
  return { ok: false, code, reason };
}
