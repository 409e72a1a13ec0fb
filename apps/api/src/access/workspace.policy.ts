import { Injectable } from '@nestjs/common';
import { Role } from '../generated/prisma/enums.js';
import { Forbidden } from '../infra/errors/app-error.js';
import type { PolicyContext } from './request-context.js';
import { PrismaService } from '../infra/prisma/prisma.service.js';

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };

/** True when `role` is at least `needed`. */
export function roleAtLeast(role: Role | null | undefined, needed: Role): boolean {
  return !!role && RANK[role] >= RANK[needed];
}

/**
 * The one place that decides who may read or write a workspace. Every feature policy (articles,
 * comparisons, the collab socket) resolves its resource to a workspace and asks this policy.
 */
@Injectable()
export class WorkspacePolicy {
  constructor(private readonly prisma: PrismaService) {}

  /** The user's role in a workspace, or null when not a member. Batched per request through the loader. */
  roleOf(ctx: PolicyContext | null, userId: string, workspaceId: string): Promise<Role | null> {
    if (ctx) return ctx.loaders.roleInWorkspace.load(`${userId}:${workspaceId}`);
    return this.prisma.membership
      .findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } })
      .then((m) => m?.role ?? null);
  }

  /**
   * Throws FORBIDDEN unless the user holds at least `needed` in the workspace. Non-members get the same
   * error whether or not the workspace exists, so ids cannot be probed.
   */
  async assert(ctx: PolicyContext | null, userId: string, workspaceId: string, needed: Role): Promise<Role> {
    const role = await this.roleOf(ctx, userId, workspaceId);
    if (!roleAtLeast(role, needed)) {
      throw new Forbidden(
        role ? `This needs the ${needed} role in the workspace; you are ${role}.` : 'You are not a member of this workspace.',
      );
    }
    return role as Role;
  }
}
