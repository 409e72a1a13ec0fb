import { Injectable } from '@nestjs/common';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { Role } from '../../generated/prisma/enums.js';
import { Conflict, NotFound } from '../../infra/errors/app-error.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import type { inviteMemberSchema } from './dto/workspace.inputs.js';
import type { Invitation } from './models/invitation.model.js';
import { WorkspaceChangeKind, WorkspaceChanges } from './workspace-changes.js';

const WITH_NAMES = { workspace: { select: { name: true } }, invitee: { select: { email: true } }, invitedBy: { select: { name: true } } };
type InvitationRow = Prisma.InvitationGetPayload<{ include: typeof WITH_NAMES }>;

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    workspaceName: row.workspace.name,
    role: row.role,
    inviteeEmail: row.invitee.email,
    invitedByName: row.invitedBy?.name ?? null,
    createdAt: row.createdAt,
  };
}

/**
 * Joining a workspace takes the invitee's consent: an OWNER invites, the invitee accepts or declines, the
 * owner may withdraw it meanwhile. Until accepted the invitee is not a member and reads nothing.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly policy: WorkspacePolicy,
    private readonly changes: WorkspaceChanges,
  ) {}

  /** Invites an existing user (the resolver declares OWNER, checked before the input). */
  async invite(viewer: Viewer, { workspaceId, email, role }: ValidInputOf<typeof inviteMemberSchema>): Promise<Invitation> {
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user) throw new NotFound('User with this email');
    const member = await this.prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } } });
    if (member) throw new Conflict('This user is already a member; use updateMemberRole.', { memberId: member.id });
    const row = await this.prisma.invitation
      .create({ data: { workspaceId, inviteeId: user.id, invitedById: viewer.userId, role }, include: WITH_NAMES })
      .catch((e: { code?: string }) => {
        if (e.code === 'P2002') throw new Conflict('This user already has a pending invitation to this workspace.');
        throw e;
      });
    this.changes.publish([user.id], workspaceId, WorkspaceChangeKind.INVITED);
    return toInvitation(row);
  }

  /** The signed-in user's pending invitations, newest first. */
  async mine(viewer: Viewer): Promise<Invitation[]> {
    const rows = await this.prisma.invitation.findMany({
      where: { inviteeId: viewer.userId },
      include: WITH_NAMES,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return rows.map(toInvitation);
  }

  /** A workspace's pending invitations (OWNER only). */
  async forWorkspace(ctx: RequestContext, viewer: Viewer, workspaceId: string): Promise<Invitation[]> {
    await this.policy.assert(ctx, viewer.userId, workspaceId, Role.OWNER);
    const rows = await this.prisma.invitation.findMany({ where: { workspaceId }, include: WITH_NAMES, orderBy: { createdAt: 'asc' } });
    return rows.map(toInvitation);
  }

  /**
   * Accepts one's own invitation: the membership is created and the invitation consumed in one transaction.
   * Someone else's invitation is NOT_FOUND, exactly as a missing one, so ids cannot be probed or used.
   */
  async accept(viewer: Viewer, id: string) {
    const { member, invitation } = await this.prisma.$transaction(async (tx) => {
      const row = await tx.invitation.findFirst({ where: { id, inviteeId: viewer.userId } });
      if (!row) throw new NotFound('Invitation', id);
      // The delete claims it: of two concurrent accepts (or an accept and a revoke) only one removes the row.
      const claimed = await tx.invitation.deleteMany({ where: { id } });
      if (claimed.count === 0) throw new NotFound('Invitation', id);
      const created = await tx.membership.create({
        data: { workspaceId: row.workspaceId, userId: viewer.userId, role: row.role },
        include: { user: true },
      });
      return { member: created, invitation: row };
    });
    this.changes.publish([viewer.userId], invitation.workspaceId, WorkspaceChangeKind.ADDED);
    await this.tellOwners(invitation.workspaceId);
    return member;
  }

  /** Declines one's own invitation; someone else's is NOT_FOUND. */
  async decline(viewer: Viewer, id: string): Promise<Invitation> {
    const row = await this.prisma.invitation.findFirst({ where: { id, inviteeId: viewer.userId }, include: WITH_NAMES });
    if (!row) throw new NotFound('Invitation', id);
    await this.prisma.invitation.deleteMany({ where: { id } });
    await this.tellOwners(row.workspaceId);
    return toInvitation(row);
  }

  /** The owners' open members pages follow an answered invitation. */
  private async tellOwners(workspaceId: string): Promise<void> {
    const owners = await this.prisma.membership.findMany({ where: { workspaceId, role: Role.OWNER }, select: { userId: true } });
    this.changes.publish(
      owners.map((o) => o.userId),
      workspaceId,
      WorkspaceChangeKind.MEMBERS_CHANGED,
    );
  }

  /** Withdraws a pending invitation (OWNER of its workspace only). */
  async revoke(ctx: RequestContext, viewer: Viewer, id: string): Promise<Invitation> {
    const row = await this.prisma.invitation.findUnique({ where: { id }, include: WITH_NAMES });
    if (!row) throw new NotFound('Invitation', id);
    await this.policy.assert(ctx, viewer.userId, row.workspaceId, Role.OWNER);
    await this.prisma.invitation.deleteMany({ where: { id } });
    this.changes.publish([row.inviteeId], row.workspaceId, WorkspaceChangeKind.INVITED);
    return toInvitation(row);
  }
}
