import DataLoader from 'dataloader';
import type { Role } from '../generated/prisma/enums.js';
import type { PrismaService } from '../infra/prisma/prisma.service.js';

/** Builds the per-request loaders the policies use. Membership keys are `${userId}:${workspaceId}`. */
export function createAccessLoaders(prisma: PrismaService) {
  return {
    roleInWorkspace: new DataLoader<string, Role | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const rows = await prisma.membership.findMany({
        where: { userId: { in: [...new Set(pairs.map((p) => p[0]))] }, workspaceId: { in: [...new Set(pairs.map((p) => p[1]))] } },
        select: { userId: true, workspaceId: true, role: true },
      });
      const byKey = new Map(rows.map((r) => [`${r.userId}:${r.workspaceId}`, r.role]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

/** The loaders of {@link createAccessLoaders}. */
export type AccessLoaders = ReturnType<typeof createAccessLoaders>;
