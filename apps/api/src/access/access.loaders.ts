import DataLoader from 'dataloader';
import type { Role } from '../generated/prisma/enums.js';
import type { PrismaService } from '../infra/prisma/prisma.service.js';

/** Builds the per-request loaders the policies use. Membership keys are `${userId}:${workspaceId}`. */
export function createAccessLoaders(prisma: PrismaService) {
  return {
    roleInWorkspace: new DataLoader<string, Role | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      // A prepared statement: this runs on nearly every request, where Prisma's findMany cost more than the read.
      const rows = await prisma.prepared<{ userId: string; workspaceId: string; role: Role }>({
        text: `SELECT "userId", "workspaceId", role FROM memberships WHERE "userId" = ANY($1::uuid[]) AND "workspaceId" = ANY($2::uuid[])`,
        values: [[...new Set(pairs.map((p) => p[0]))], [...new Set(pairs.map((p) => p[1]))]],
      });
      const byKey = new Map(rows.map((r) => [`${r.userId}:${r.workspaceId}`, r.role]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

/** The loaders of {@link createAccessLoaders}. */
export type AccessLoaders = ReturnType<typeof createAccessLoaders>;
