import type { Timeline } from '@parallax/align';
import DataLoader from 'dataloader';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { ThreadStatus } from '../../generated/prisma/enums.js';
import type { Claim } from '../claims/models/claim.model.js';
import type { Comparison } from '../comparisons/models/comparison.model.js';
import type { Thread } from './models/thread.model.js';
import type { ThreadHistoryEntry } from './models/thread-history.model.js';
import { historiesOf } from './thread-history.js';
import { timelinesOf } from './thread-timeline.js';

/** One live thread a claim of a comparison belongs to. */
export interface ClaimThreadRow {
  claimId: string;
  thread: Thread;
  otherEvents: number;
}

/** Per-request loaders of threads: members, timelines and the threads of a comparison's claims. */
export function createThreadLoaders(prisma: PrismaClient) {
  return {
    threadComparison: new DataLoader<string, Comparison | null>(async (ids) => {
      const rows = await prisma.comparison.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    threadClaim: new DataLoader<string, Claim | null>(async (ids) => {
      const rows = await prisma.claim.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    threadClaims: new DataLoader<string, { comparisonId: string; claimId: string }[]>(async (threadIds) => {
      const rows = await prisma.threadClaim.findMany({
        where: { threadId: { in: [...threadIds] } },
        orderBy: [{ addedAt: 'asc' }, { claimId: 'asc' }],
      });
      return threadIds.map((id) => rows.filter((r) => r.threadId === id));
    }),
    threadTimeline: new DataLoader<string, Timeline>(async (threadIds) => {
      const rows = await prisma.threadClaim.findMany({ where: { threadId: { in: [...threadIds] } } });
      const timelines = await timelinesOf(
        prisma,
        threadIds.map((threadId) => ({ threadId, claims: rows.filter((r) => r.threadId === threadId) })),
      );
      return threadIds.map((id) => timelines.get(id)!);
    }),
    threadHistory: new DataLoader<string, ThreadHistoryEntry[]>(async (threadIds) => {
      const histories = await historiesOf(prisma, threadIds);
      return threadIds.map((id) => histories.get(id)!);
    }),
    claimThreadsByComparison: new DataLoader<string, ClaimThreadRow[]>(async (comparisonIds) => {
      const rows = await prisma.threadClaim.findMany({
        where: { comparisonId: { in: [...comparisonIds] }, thread: { status: { not: ThreadStatus.REJECTED } } },
        include: { thread: { include: { claims: { select: { comparisonId: true } } } } },
      });
      return comparisonIds.map((id) =>
        rows
          .filter((r) => r.comparisonId === id)
          .map(({ claimId, thread: { claims, ...thread } }) => ({
            claimId,
            thread,
            otherEvents: new Set(claims.map((c) => c.comparisonId).filter((c) => c !== id)).size,
          })),
      );
    }),
  };
}

declare module '../../access/request-context.js' {
  /** The thread loaders, available to every resolver as `ctx.loaders`. */
  interface RequestLoaders extends ReturnType<typeof createThreadLoaders> {}
}
