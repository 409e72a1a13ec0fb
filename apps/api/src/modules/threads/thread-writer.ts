import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { ThreadEvents } from './thread-events.js';

/** A transaction client, as the writer hands it to an operation. */
export type Tx = Prisma.TransactionClient;

/** What an operation did: the threads it touched (the primary first) and details for the history. */
export interface Applied {
  threadIds: string[];
  data?: Record<string, unknown>;
}

/**
 * The one way thread state changes. Each operation runs in one transaction that first takes a per-workspace
 * advisory lock, so concurrent editors' operations apply one after the other against the state the previous
 * one left (no lost update between a read and a write); an operation id seen before returns what it did then
 * instead of applying twice (a retried request); every change appends a ThreadChange row (the history) in the
 * same transaction, and is announced to subscribers only once committed.
 */
@Injectable()
export class ThreadWriter {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: ThreadEvents,
  ) {}

  async write(
    workspaceId: string,
    actorId: string | null,
    kind: string,
    operationId: string | null | undefined,
    apply: (tx: Tx) => Promise<Applied>,
  ): Promise<string[]> {
    const outcome = await this.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${'threads:' + workspaceId}, 0))) AS l`;
        if (operationId) {
          const done = await tx.threadChange.findUnique({ where: { workspaceId_operationId: { workspaceId, operationId } } });
          if (done) return { threadIds: ((done.data ?? {}) as { threadIds?: string[] }).threadIds ?? [], replayed: true };
        }
        const applied = await apply(tx);
        await tx.threadChange.create({
          data: {
            workspaceId,
            threadId: applied.threadIds[0] ?? null,
            kind,
            actorId,
            operationId: operationId ?? null,
            data: { threadIds: applied.threadIds, ...applied.data } as Prisma.InputJsonObject,
          },
        });
        return { threadIds: applied.threadIds, replayed: false };
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
    if (!outcome.replayed && outcome.threadIds.length > 0)
      this.events.changed({ workspaceId, threadIds: outcome.threadIds, kind, actorId });
    return outcome.threadIds;
  }
}
