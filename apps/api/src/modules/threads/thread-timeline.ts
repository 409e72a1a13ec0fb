import { buildTimeline, type ThreadEventInput, type ThreadStop, type Timeline } from '@parallax/align';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { loadThreadEvents, projectionReader } from './thread-sources.js';

/** A thread's members as stored. */
export interface ThreadMembers {
  threadId: string;
  claims: { comparisonId: string; claimId: string }[];
}

/**
 * The timelines of several threads, from the projection (the rows GraphQL reads): one query set for all of
 * them. A thread holding two claims of one event (people merged them) reads them as one wording there.
 */
export async function timelinesOf(prisma: PrismaClient, threads: readonly ThreadMembers[]): Promise<Map<string, Timeline>> {
  const comparisonIds = [...new Set(threads.flatMap((t) => t.claims.map((c) => c.comparisonId)))];
  const events = new Map((await loadThreadEvents(prisma, comparisonIds, projectionReader(prisma))).map((e) => [e.id, e]));
  return new Map(threads.map((t) => [t.threadId, buildTimeline(stopsOf(t, events))]));
}

/** One stop per event of the thread whose claim still exists. */
export function stopsOf(thread: ThreadMembers, events: Map<string, ThreadEventInput>): ThreadStop[] {
  const byEvent = new Map<string, string[]>();
  for (const c of thread.claims) byEvent.set(c.comparisonId, [...(byEvent.get(c.comparisonId) ?? []), c.claimId]);
  const stops: ThreadStop[] = [];
  for (const [comparisonId, claimIds] of byEvent) {
    const event = events.get(comparisonId);
    const claims = event?.claims.filter((c) => claimIds.includes(c.id)) ?? [];
    if (!event || claims.length === 0) continue;
    const { claims: _all, ...meta } = event;
    stops.push({ event: meta, claim: { id: claims[0]!.id, label: claims[0]!.label, sentences: claims.flatMap((c) => c.sentences) } });
  }
  return stops;
}
