import { Injectable } from '@nestjs/common';
import { memberKey, suggestThreads, type SuggestedThread } from '@parallax/align';
import { ComparisonDocService } from '../../collab/comparison-doc.service.js';
import { Role, ThreadStatus } from '../../generated/prisma/enums.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import * as dto from './dto/thread.inputs.js';
import type { Thread } from './models/thread.model.js';
import { loadThreadEvents, type ClaimsReader } from './thread-sources.js';
import { ThreadWriter, type Tx } from './thread-writer.js';

/** The result of one suggestion run. */
export interface SuggestionRun {
  created: Thread[];
  /** Threads the engine found, including those already stored or rejected before. */
  found: number;
  durationMs: number;
}

/**
 * Proposes threads with the aligner (@parallax/align suggestThreads) over the current docs of every
 * comparison of a workspace, and stores the new ones as SUGGESTED. Claims already in a live thread are not
 * proposed again, nor is a set of claims someone rejected; running it twice changes nothing.
 */
@Injectable()
export class ThreadSuggestionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
    private readonly docs: ComparisonDocService,
    private readonly writer: ThreadWriter,
  ) {}

  /** Checks the caller may edit, then suggests. */
  async suggestAs(ctx: RequestContext, viewer: Viewer, { workspaceId }: ValidInputOf<typeof dto.suggestThreadsSchema>): Promise<Thread[]> {
    await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.EDITOR);
    return (await this.suggest(workspaceId, viewer.userId)).created;
  }

  /** Suggests and stores threads; callers authorise first (the seed calls it directly). */
  async suggest(workspaceId: string, actorId: string | null): Promise<SuggestionRun> {
    const started = Date.now();
    const comparisonIds = (await this.prisma.comparison.findMany({ where: { workspaceId }, select: { id: true } })).map((c) => c.id);
    // The docs, not the projection: a suggestion right after autoAlign (the seed) must see its claims.
    const events = await loadThreadEvents(this.prisma, comparisonIds, this.docReader());
    const before = await existingSets(this.prisma, workspaceId);
    const found = suggestThreads(events, before);
    const createdIds = await this.writer.write(workspaceId, actorId, 'SUGGEST', null, async (tx) => {
      // Re-read under the lock: a thread accepted while the engine ran must not be proposed again.
      const now = await existingSets(tx, workspaceId);
      const fresh = found.filter(
        (t) => !now.exclude.has(memberKey(t.members)) && !t.members.some((m) => now.taken.has(`${m.eventId}:${m.claimId}`)),
      );
      return { threadIds: await createSuggested(tx, workspaceId, actorId, fresh) };
    });
    const created = await this.prisma.thread.findMany({ where: { id: { in: createdIds } }, orderBy: [{ score: 'desc' }, { id: 'asc' }] });
    return { created, found: found.length, durationMs: Date.now() - started };
  }

  private docReader(): ClaimsReader {
    return async (ids) => new Map(await Promise.all(ids.map(async (id) => [id, (await this.docs.read(id)).claims] as const)));
  }
}

/** Claim sets of every stored thread (never proposed again) and claims of live threads (taken). */
async function existingSets(db: Pick<Tx, 'thread'>, workspaceId: string) {
  const threads = await db.thread.findMany({
    where: { workspaceId },
    select: { status: true, claims: { select: { comparisonId: true, claimId: true } } },
  });
  const exclude = new Set(threads.map((t) => memberKey(t.claims.map((c) => ({ eventId: c.comparisonId, claimId: c.claimId })))));
  const taken = new Set(
    threads.filter((t) => t.status !== ThreadStatus.REJECTED).flatMap((t) => t.claims.map((c) => `${c.comparisonId}:${c.claimId}`)),
  );
  return { exclude, taken };
}

async function createSuggested(tx: Tx, workspaceId: string, actorId: string | null, suggestions: SuggestedThread[]): Promise<string[]> {
  const ids: string[] = [];
  for (const s of suggestions) {
    const thread = await tx.thread.create({
      data: {
        workspaceId,
        name: s.name,
        score: s.score,
        createdById: actorId,
        claims: { create: s.members.map((m) => ({ comparisonId: m.eventId, claimId: m.claimId })) },
      },
    });
    ids.push(thread.id);
  }
  return ids;
}
