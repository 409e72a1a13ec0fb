import { Injectable } from '@nestjs/common';
import { Role, ThreadStatus } from '../../generated/prisma/enums.js';
import type { PolicyContext, RequestContext, Viewer } from '../../access/request-context.js';
import { NotFound } from '../../infra/errors/app-error.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import * as dto from './dto/thread.inputs.js';
import type { SplitThreadResult, Thread } from './models/thread.model.js';
import { ClaimAlreadyThreaded, InvalidThreadOperation, StaleThread, ThreadNotFound } from './threads.errors.js';
import { ThreadWriter, type Tx } from './thread-writer.js';

const LIVE: ThreadStatus[] = [ThreadStatus.SUGGESTED, ThreadStatus.ACCEPTED];

/**
 * Reads and edits threads with the roles of claims: VIEWER reads, EDITOR (or OWNER) writes, non-members are
 * refused. Every edit goes through ThreadWriter (one transaction, per-workspace lock, history row, live event).
 */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
    private readonly writer: ThreadWriter,
  ) {}

  /** The threads of a workspace (an id checked at the edge), best first; REJECTED ones only when asked for. */
  async list(ctx: RequestContext, viewer: Viewer, workspaceId: string, status?: ThreadStatus | null): Promise<Thread[]> {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    return this.prisma.thread.findMany({
      where: { workspaceId, status: status ?? { in: LIVE } },
      orderBy: [{ status: 'asc' }, { score: { sort: 'desc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** One thread, for a member of its workspace. */
  async get(ctx: PolicyContext | null, viewer: Viewer, id: string, needed: Role = Role.VIEWER): Promise<Thread> {
    const thread = /^[0-9a-f-]{36}$/i.test(id) ? await this.prisma.thread.findUnique({ where: { id } }) : null;
    if (!thread) throw new ThreadNotFound(id);
    await this.workspaces.assert(ctx, viewer.userId, thread.workspaceId, needed);
    return thread;
  }

  async accept(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.threadDecisionSchema>): Promise<Thread> {
    const thread = await this.get(ctx, viewer, i.threadId, Role.EDITOR);
    await this.writer.write(thread.workspaceId, viewer.userId, 'ACCEPT', i.operationId, async (tx) => {
      const current = await lockedThread(tx, i);
      await assertClaimsFree(tx, current.id);
      await bump(tx, current.id, { status: ThreadStatus.ACCEPTED });
      return { threadIds: [current.id] };
    });
    return this.get(ctx, viewer, thread.id);
  }

  async reject(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.threadDecisionSchema>): Promise<Thread> {
    const thread = await this.get(ctx, viewer, i.threadId, Role.EDITOR);
    await this.writer.write(thread.workspaceId, viewer.userId, 'REJECT', i.operationId, async (tx) => {
      const current = await lockedThread(tx, i);
      await bump(tx, current.id, { status: ThreadStatus.REJECTED });
      return { threadIds: [current.id] };
    });
    return this.get(ctx, viewer, thread.id);
  }

  async rename(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.renameThreadSchema>): Promise<Thread> {
    const thread = await this.get(ctx, viewer, i.threadId, Role.EDITOR);
    await this.writer.write(thread.workspaceId, viewer.userId, 'RENAME', i.operationId, async (tx) => {
      const current = await lockedThread(tx, i);
      await bump(tx, current.id, { name: i.name, nameOrigin: 'HUMAN' });
      return { threadIds: [current.id], data: { from: current.name, to: i.name } };
    });
    return this.get(ctx, viewer, thread.id);
  }

  /** Moves the claims of the sources into the target (a person's thread now) and deletes the sources. */
  async merge(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.mergeThreadsSchema>): Promise<Thread> {
    if (i.sourceIds.includes(i.targetId)) throw new InvalidThreadOperation('A thread cannot be merged into itself.');
    const target = await this.get(ctx, viewer, i.targetId, Role.EDITOR);
    await this.writer.write(target.workspaceId, viewer.userId, 'MERGE', i.operationId, async (tx) => {
      const sources = await tx.thread.findMany({
        where: { id: { in: i.sourceIds }, workspaceId: target.workspaceId },
        include: { claims: true },
      });
      if (sources.length !== i.sourceIds.length) throw new ThreadNotFound(i.sourceIds.find((id) => !sources.some((s) => s.id === id))!);
      const have = new Set((await tx.threadClaim.findMany({ where: { threadId: target.id } })).map((c) => c.claimId));
      const moving = sources.flatMap((s) => s.claims).filter((c) => !have.has(c.claimId));
      await tx.threadClaim.createMany({
        data: moving.map((c) => ({ threadId: target.id, comparisonId: c.comparisonId, claimId: c.claimId })),
        skipDuplicates: true,
      });
      await tx.thread.deleteMany({ where: { id: { in: i.sourceIds } } });
      await bump(tx, target.id, { status: ThreadStatus.ACCEPTED, score: null });
      return { threadIds: [target.id, ...i.sourceIds], data: { merged: i.sourceIds } };
    });
    return this.get(ctx, viewer, target.id);
  }

  /** Moves some claims of a thread to a new, accepted thread; both must keep at least one claim. */
  async split(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.splitThreadSchema>): Promise<SplitThreadResult> {
    const thread = await this.get(ctx, viewer, i.threadId, Role.EDITOR);
    const [sourceId, createdId] = await this.writer.write(thread.workspaceId, viewer.userId, 'SPLIT', i.operationId, async (tx) => {
      const current = await lockedThread(tx, i);
      const claims = await tx.threadClaim.findMany({ where: { threadId: current.id } });
      const moving = claims.filter((c) => i.claimIds.includes(c.claimId));
      if (moving.length !== i.claimIds.length) throw new InvalidThreadOperation('Every claim to split off must belong to the thread.');
      if (moving.length === claims.length) throw new InvalidThreadOperation('A split must leave at least one claim in the thread.');
      const label = await tx.claim.findUnique({ where: { id: moving[0]!.claimId }, select: { label: true } });
      const created = await tx.thread.create({
        data: {
          workspaceId: current.workspaceId,
          name: i.name ?? label?.label ?? current.name,
          nameOrigin: i.name ? 'HUMAN' : 'AUTO',
          status: ThreadStatus.ACCEPTED,
          createdById: viewer.userId,
        },
      });
      await tx.threadClaim.deleteMany({ where: { threadId: current.id, claimId: { in: i.claimIds } } });
      await tx.threadClaim.createMany({
        data: moving.map((c) => ({ threadId: created.id, comparisonId: c.comparisonId, claimId: c.claimId })),
      });
      await bump(tx, current.id, {});
      return { threadIds: [current.id, created.id], data: { claimIds: i.claimIds } };
    });
    return { source: await this.get(ctx, viewer, sourceId!), created: await this.get(ctx, viewer, createdId!) };
  }

  /**
   * Adds a claim of a comparison of the same workspace to a thread by hand. The claim must exist in the
   * projection of that comparison (a claim id of another workspace reads as not found) and belong to no other
   * live thread; a second claim of an event already in the thread is allowed (the timeline reads both as one).
   */
  async addClaim(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.addClaimToThreadSchema>): Promise<Thread> {
    const thread = await this.get(ctx, viewer, i.threadId, Role.EDITOR);
    await this.writer.write(thread.workspaceId, viewer.userId, 'ADD_CLAIM', i.operationId, async (tx) => {
      const current = await lockedThread(tx, i);
      const claim = await tx.claim.findUnique({
        where: { id: i.claimId },
        select: { comparisonId: true, label: true, comparison: { select: { workspaceId: true } } },
      });
      if (!claim || claim.comparisonId !== i.comparisonId || claim.comparison.workspaceId !== current.workspaceId)
        throw new NotFound('Claim', i.claimId);
      const members = await tx.threadClaim.findMany({ where: { threadId: current.id }, select: { claimId: true } });
      if (members.some((m) => m.claimId === i.claimId)) throw new InvalidThreadOperation('The claim is already in this thread.');
      const elsewhere = await tx.threadClaim.findFirst({
        where: { claimId: i.claimId, threadId: { not: current.id }, thread: { status: { in: LIVE } } },
      });
      if (elsewhere) throw new ClaimAlreadyThreaded([i.claimId]);
      await tx.threadClaim.create({ data: { threadId: current.id, comparisonId: i.comparisonId, claimId: i.claimId } });
      await bump(tx, current.id, {});
      return { threadIds: [current.id], data: { claimId: i.claimId, comparisonId: i.comparisonId, label: claim.label } };
    });
    return this.get(ctx, viewer, thread.id);
  }

  /** Takes a claim out of a thread; the last claim stays (reject the thread to drop it). */
  async removeClaim(ctx: RequestContext, viewer: Viewer, i: ValidInputOf<typeof dto.removeClaimFromThreadSchema>): Promise<Thread> {
    const thread = await this.get(ctx, viewer, i.threadId, Role.EDITOR);
    await this.writer.write(thread.workspaceId, viewer.userId, 'REMOVE_CLAIM', i.operationId, async (tx) => {
      const current = await lockedThread(tx, i);
      const members = await tx.threadClaim.findMany({ where: { threadId: current.id } });
      const leaving = members.find((m) => m.claimId === i.claimId);
      if (!leaving) throw new InvalidThreadOperation('The claim is not in this thread.');
      if (members.length === 1) throw new InvalidThreadOperation('A thread keeps at least one claim; reject the thread instead.');
      await tx.threadClaim.delete({ where: { threadId_claimId: { threadId: current.id, claimId: i.claimId } } });
      await bump(tx, current.id, {});
      const label = await tx.claim.findUnique({ where: { id: i.claimId }, select: { label: true } });
      return { threadIds: [current.id], data: { claimId: i.claimId, comparisonId: leaving.comparisonId, label: label?.label ?? null } };
    });
    return this.get(ctx, viewer, thread.id);
  }
}

/** Re-reads the thread inside the lock and refuses a stale expected version. */
async function lockedThread(tx: Tx, i: { threadId: string; expectedVersion?: number | null }) {
  const current = await tx.thread.findUnique({ where: { id: i.threadId } });
  if (!current) throw new ThreadNotFound(i.threadId);
  if (i.expectedVersion != null && i.expectedVersion !== current.version) throw new StaleThread(current.id, current.version);
  return current;
}

async function bump(tx: Tx, id: string, data: Parameters<Tx['thread']['update']>[0]['data']) {
  await tx.thread.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

/** Refuses to make a thread live when one of its claims is in another live thread. */
async function assertClaimsFree(tx: Tx, threadId: string) {
  const mine = await tx.threadClaim.findMany({ where: { threadId }, select: { claimId: true } });
  const clash = await tx.threadClaim.findMany({
    where: { claimId: { in: mine.map((c) => c.claimId) }, threadId: { not: threadId }, thread: { status: { in: LIVE } } },
    select: { claimId: true },
  });
  if (clash.length > 0) throw new ClaimAlreadyThreaded([...new Set(clash.map((c) => c.claimId))]);
}
