import { Injectable } from '@nestjs/common';
import { Role } from '../../generated/prisma/enums.js';
import { BadUserInput, NotFound } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import type { createWorkspaceSchema, deleteWorkspaceSchema, renameWorkspaceSchema } from './dto/workspace.inputs.js';
import { MembershipEvents } from '../../access/membership-events.js';
import { WorkspaceChangeKind, WorkspaceChanges } from './workspace-changes.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { changeMembershipLocked } from './owner-guard.js';

/** Workspaces and their members. */
@Injectable()
export class WorkspacesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly policy: WorkspacePolicy,
    private readonly membershipEvents: MembershipEvents,
    private readonly changes: WorkspaceChanges,
  ) {}

  /** The workspaces the viewer belongs to, oldest first. */
  listForViewer(viewer: Viewer) {
    return this.prisma.workspace.findMany({
      where: { memberships: { some: { userId: viewer.userId } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** One workspace, if the viewer is a member. */
  async get(ctx: RequestContext, viewer: Viewer, id: string) {
    await this.policy.assert(ctx, viewer.userId, id, Role.VIEWER);
    const ws = await this.prisma.workspace.findUnique({ where: { id } });
    if (!ws) throw new NotFound('Workspace', id);
    return ws;
  }

  /** Creates a workspace with the viewer as its OWNER. */
  create(viewer: Viewer, { name }: ValidInputOf<typeof createWorkspaceSchema>) {
    return this.prisma.workspace.create({
      data: { name, memberships: { create: { userId: viewer.userId, role: Role.OWNER } } },
    });
  }

  /** Members of a workspace (any member may see them). */
  async members(ctx: RequestContext, viewer: Viewer, workspaceId: string) {
    await this.policy.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    return this.prisma.membership.findMany({
      where: { workspaceId },
      include: { user: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Changes a member's role (OWNER only); the last owner cannot be demoted. */
  async updateMemberRole(ctx: RequestContext, viewer: Viewer, memberId: string, role: Role) {
    const member = await this.findMember(memberId);
    await this.policy.assert(ctx, viewer.userId, member.workspaceId, Role.OWNER);
    const updated = await changeMembershipLocked(
      this.prisma,
      { workspaceId: member.workspaceId, actorId: viewer.userId, memberId, ownersLost: () => role !== Role.OWNER },
      (tx) => tx.membership.update({ where: { id: memberId }, data: { role }, include: { user: true } }),
    );
    this.membershipEvents.emit({ workspaceId: member.workspaceId, userId: member.userId });
    this.changes.publish([member.userId], member.workspaceId, WorkspaceChangeKind.ROLE_CHANGED);
    return updated;
  }

  /** Removes a member (OWNER only); the last owner cannot be removed. */
  async removeMember(ctx: RequestContext, viewer: Viewer, memberId: string) {
    const member = await this.findMember(memberId);
    await this.policy.assert(ctx, viewer.userId, member.workspaceId, Role.OWNER);
    await changeMembershipLocked(
      this.prisma,
      { workspaceId: member.workspaceId, actorId: viewer.userId, memberId, ownersLost: () => true },
      (tx) => tx.membership.delete({ where: { id: memberId } }),
    );
    // Open collab sockets of this user close on this event (they were authorised at connect time).
    this.membershipEvents.emit({ workspaceId: member.workspaceId, userId: member.userId });
    this.changes.publish([member.userId], member.workspaceId, WorkspaceChangeKind.REMOVED);
    return member;
  }

  /** Renames a workspace (the resolver declares OWNER); every member's open app follows. */
  async rename({ id, name }: ValidInputOf<typeof renameWorkspaceSchema>) {
    const ws = await this.prisma.workspace.update({ where: { id }, data: { name } });
    this.changes.publish(await this.memberIds(id), id, WorkspaceChangeKind.RENAMED);
    return ws;
  }

  /**
   * Deletes a workspace and everything in it (the resolver declares OWNER). The owner must type its name
   * again: the server checks it too, so no script or stale form deletes the wrong workspace.
   */
  async delete({ id, confirmName }: ValidInputOf<typeof deleteWorkspaceSchema>) {
    const ws = await this.prisma.workspace.findUnique({ where: { id } });
    if (!ws) throw new NotFound('Workspace', id);
    if (confirmName.trim() !== ws.name)
      throw new BadUserInput('Type the workspace name exactly to delete it.', { confirmName: 'does not match the name' });
    const members = await this.memberIds(id);
    await this.prisma.workspace.delete({ where: { id } });
    // Open collab sockets of every member close (their comparisons are gone), and their apps drop it.
    for (const userId of members) this.membershipEvents.emit({ workspaceId: id, userId });
    this.changes.publish(members, id, WorkspaceChangeKind.DELETED);
    return { id: ws.id, name: ws.name };
  }

  private async memberIds(workspaceId: string): Promise<string[]> {
    const rows = await this.prisma.membership.findMany({ where: { workspaceId }, select: { userId: true } });
    return rows.map((r) => r.userId);
  }

  private async findMember(memberId: string) {
    const member = await this.prisma.membership.findUnique({ where: { id: memberId }, include: { user: true } });
    if (!member) throw new NotFound('Member', memberId);
    return member;
  }
}
