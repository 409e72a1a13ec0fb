import { Role } from '../../generated/prisma/enums.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { BadUserInput, Forbidden, NotFound } from '../../infra/errors/app-error.js';
import type { PrismaService } from '../../infra/prisma/prisma.service.js';

type Tx = Prisma.TransactionClient;

/**
 * Runs a change of a workspace's memberships under a row lock on the workspace, re-checking inside the
 * lock that the actor is still an OWNER and that the workspace keeps at least one owner afterwards.
 *
 * Checking before and writing after (two statements, no lock) let two owners demote or remove each other
 * at the same time: each saw two owners, both writes went through, and the workspace was left with none.
 * `SELECT … FOR UPDATE` on the workspace row serialises every membership change of one workspace, so the
 * second change sees the first one's result.
 */
export async function changeMembershipLocked<T>(
  prisma: PrismaService,
  input: { workspaceId: string; actorId: string; memberId: string; ownersLost: (member: { role: Role }) => boolean },
  change: (tx: Tx) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM workspaces WHERE id = ${input.workspaceId}::uuid FOR UPDATE`;
    const actor = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: input.actorId } },
    });
    if (actor?.role !== Role.OWNER) throw new Forbidden('Only an owner of this workspace may change its members.');
    const member = await tx.membership.findUnique({ where: { id: input.memberId } });
    if (!member) throw new NotFound('Member', input.memberId);
    if (member.role === Role.OWNER && input.ownersLost(member)) {
      const owners = await tx.membership.count({ where: { workspaceId: input.workspaceId, role: Role.OWNER } });
      if (owners <= 1) throw new BadUserInput('A workspace needs at least one owner.');
    }
    return change(tx);
  });
}
