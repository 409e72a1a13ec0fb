import { Injectable } from '@nestjs/common';
import { ThreadStatus } from '../../../generated/prisma/enums.js';
import { PrismaService } from '../../../infra/prisma/prisma.service.js';
import { csvCell } from '../../alignment/exports/formats/csv.js';
import { ThreadNotFound } from '../threads.errors.js';
import { timelinesOf } from '../thread-timeline.js';
import { ThreadWriter } from '../thread-writer.js';

/** A thread as the comparison JSON export carries it: its claims here and in other comparisons (by id). */
export interface ExportedThread {
  id: string;
  name: string;
  nameOrigin: 'AUTO' | 'HUMAN';
  status: 'SUGGESTED' | 'ACCEPTED' | 'REJECTED';
  score: number | null;
  claims: { comparisonId: string; claimId: string }[];
}

/**
 * Thread data in and out of files: the threads section of a comparison's JSON export, its re-import (claims of
 * the exported comparison mapped to the re-imported ones, claims of other comparisons kept when those exist in
 * the target workspace), and a thread's timeline as CSV.
 */
@Injectable()
export class ThreadExportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly writer: ThreadWriter,
  ) {}

  /** The threads that hold a claim of this comparison. */
  async threadsOf(comparisonId: string): Promise<ExportedThread[]> {
    const threads = await this.prisma.thread.findMany({
      where: { claims: { some: { comparisonId } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { claims: { select: { comparisonId: true, claimId: true }, orderBy: { claimId: 'asc' } } },
    });
    return threads.map((t) => ({ id: t.id, name: t.name, nameOrigin: t.nameOrigin, status: t.status, score: t.score, claims: t.claims }));
  }

  /**
   * Re-creates the exported threads around a re-imported comparison. A thread that still exists in the
   * workspace (same id) gains the new claims; otherwise a new thread is made when its claims still span two
   * events. Returns how many threads were written.
   */
  async restore(
    workspaceId: string,
    actorId: string,
    from: { comparisonId: string; newComparisonId: string; claimIds: Map<string, string> },
    threads: ExportedThread[],
  ): Promise<number> {
    if (threads.length === 0) return 0;
    const others = [...new Set(threads.flatMap((t) => t.claims.map((c) => c.comparisonId)).filter((id) => id !== from.comparisonId))];
    const present = new Set(
      (await this.prisma.comparison.findMany({ where: { id: { in: others }, workspaceId }, select: { id: true } })).map((c) => c.id),
    );
    const mapped = threads.map((t) => ({
      ...t,
      claims: t.claims.flatMap((c) => {
        if (c.comparisonId !== from.comparisonId) return present.has(c.comparisonId) ? [c] : [];
        const claimId = from.claimIds.get(c.claimId);
        return claimId ? [{ comparisonId: from.newComparisonId, claimId }] : [];
      }),
    }));
    const ids = await this.writer.write(workspaceId, actorId, 'IMPORT', null, async (tx) => {
      const written: string[] = [];
      for (const t of mapped) {
        const existing = await tx.thread.findFirst({ where: { id: t.id, workspaceId } });
        if (!existing && new Set(t.claims.map((c) => c.comparisonId)).size < 2) continue;
        const thread =
          existing ??
          (await tx.thread.create({
            data: {
              workspaceId,
              name: t.name,
              nameOrigin: t.nameOrigin,
              status: t.status as ThreadStatus,
              score: t.score,
              createdById: actorId,
            },
          }));
        await tx.threadClaim.createMany({ data: t.claims.map((c) => ({ threadId: thread.id, ...c })), skipDuplicates: true });
        if (existing) await tx.thread.update({ where: { id: existing.id }, data: { version: { increment: 1 } } });
        written.push(thread.id);
      }
      return { threadIds: written };
    });
    return ids.length;
  }

  /** A thread's timeline as CSV: one row per event and outlet, with the change flags and the outlet summary. */
  async timelineCsv(threadId: string): Promise<{ body: string; filename: string }> {
    const thread = await this.prisma.thread.findUnique({ where: { id: threadId }, include: { claims: true } });
    if (!thread) throw new ThreadNotFound(threadId);
    const timeline = (await timelinesOf(this.prisma, [{ threadId, claims: thread.claims }])).get(threadId)!;
    const summaryOf = new Map(timeline.summaries.map((s) => [s.outlet, s.summary]));
    const rows: unknown[][] = [
      ['event_date', 'event', 'outlet', 'status', 'sentence', 'previous_sentence', 'compared_with', 'flags', 'outlet_summary'],
    ];
    for (const c of timeline.cells) {
      const e = timeline.events.find((x) => x.eventId === c.eventId)!;
      rows.push([
        e.date?.slice(0, 10) ?? '',
        e.title,
        c.outlet,
        c.status,
        c.sentence ?? '',
        c.change?.previousSentence ?? '',
        c.change?.against ?? '',
        c.change?.flags.join(' ') ?? '',
        summaryOf.get(c.outlet) ?? '',
      ]);
    }
    const slug =
      thread.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'thread';
    return { body: rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n', filename: `${slug}.timeline.csv` };
  }
}
