import type { PrismaClient } from '../../generated/prisma/client.js';
import type { ThreadHistoryEntry } from './models/thread-history.model.js';

/** What each kind of change stored in its data (see threads.service.ts); every field is optional in old rows. */
interface ChangeData {
  threadIds?: string[];
  from?: string;
  to?: string;
  merged?: string[];
  claimIds?: string[];
  label?: string | null;
}

const quote = (s: string | null | undefined) => (s ? `“${s}”` : 'a claim');

/** The change in one plain sentence, for the history list. */
export function summariseChange(kind: string, data: ChangeData): string {
  switch (kind) {
    case 'SUGGEST':
      return 'proposed by the aligner';
    case 'ACCEPT':
      return 'accepted';
    case 'REJECT':
      return 'rejected';
    case 'RENAME':
      return `renamed from ${quote(data.from)} to ${quote(data.to)}`;
    case 'MERGE':
      return `merged ${data.merged?.length ?? 0} other thread${data.merged?.length === 1 ? '' : 's'} in`;
    case 'SPLIT':
      return `split ${data.claimIds?.length ?? 0} claim${data.claimIds?.length === 1 ? '' : 's'} off into a new thread`;
    case 'ADD_CLAIM':
      return `added ${quote(data.label)} by hand`;
    case 'REMOVE_CLAIM':
      return `removed ${quote(data.label)}`;
    case 'IMPORT':
      return 'imported with a comparison';
    default:
      return kind.toLowerCase();
  }
}

/**
 * The history of several threads, oldest first: every change whose touched threads include one of them (so a
 * split shows in both halves, a merge in the target), with the actors' names in one more query.
 */
export async function historiesOf(prisma: PrismaClient, threadIds: readonly string[]): Promise<Map<string, ThreadHistoryEntry[]>> {
  const rows = await prisma.threadChange.findMany({
    where: { OR: threadIds.map((id) => ({ data: { path: ['threadIds'], array_contains: [id] } })) },
    orderBy: { id: 'asc' },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => a !== null))];
  const names = new Map(
    (await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  const entries = rows.map((r) => {
    const data = (r.data ?? {}) as ChangeData;
    return {
      id: r.id.toString(),
      kind: r.kind,
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      at: r.createdAt,
      threadIds: data.threadIds ?? (r.threadId ? [r.threadId] : []),
      summary: summariseChange(r.kind, data),
    };
  });
  return new Map(threadIds.map((id) => [id, entries.filter((e) => e.threadIds.includes(id))]));
}
