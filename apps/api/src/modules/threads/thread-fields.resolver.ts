import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Timeline } from '@parallax/align';
import { GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext } from '../../access/request-context.js';
import { Comparison } from '../comparisons/models/comparison.model.js';
import { ThreadHistoryEntry } from './models/thread-history.model.js';
import { ClaimThreadLink, Thread, ThreadClaim } from './models/thread.model.js';
import { OutletSummary, ThreadEvent, TimelineEntry, type ChangeFlag, type TimelineStatus } from './models/timeline.model.js';

/** The fields of a Thread read through per-request loaders (the parent thread is already authorised). */
@Resolver(() => Thread)
export class ThreadFieldsResolver {
  @ResolveField(() => [ThreadClaim], { description: 'The claims the thread links, with their comparison (event).' })
  async claims(@Parent() thread: Thread, @GqlContext() ctx: RequestContext): Promise<ThreadClaim[]> {
    const members = await ctx.loaders.threadClaims.load(thread.id);
    return Promise.all(
      members.map(async (m) => ({
        ...m,
        comparison: (await ctx.loaders.threadComparison.load(m.comparisonId))!,
        claim: await ctx.loaders.threadClaim.load(m.claimId),
      })),
    );
  }

  @ResolveField(() => [ThreadEvent], { description: 'The events of the thread in date order.' })
  async events(@Parent() thread: Thread, @GqlContext() ctx: RequestContext): Promise<ThreadEvent[]> {
    return eventsOf(await ctx.loaders.threadTimeline.load(thread.id), ctx);
  }

  @ResolveField(() => [TimelineEntry], { description: "Each outlet's wording in each event, with the change against the event before." })
  async timeline(@Parent() thread: Thread, @GqlContext() ctx: RequestContext): Promise<TimelineEntry[]> {
    const timeline = await ctx.loaders.threadTimeline.load(thread.id);
    const events = new Map((await eventsOf(timeline, ctx)).map((e) => [e.comparisonId, e]));
    return timeline.cells.map((c) => ({
      event: events.get(c.eventId)!,
      outlet: c.outlet,
      status: c.status as TimelineStatus,
      sentence: c.sentence,
      segmentIds: c.segmentIds,
      change: c.change && { ...c.change, previousComparisonId: c.change.previousEventId, flags: c.change.flags as ChangeFlag[] },
    }));
  }

  @ResolveField(() => [ThreadHistoryEntry], { description: 'Every change of the thread, oldest first: who did what, when.' })
  history(@Parent() thread: Thread, @GqlContext() ctx: RequestContext): Promise<ThreadHistoryEntry[]> {
    return ctx.loaders.threadHistory.load(thread.id);
  }

  @ResolveField(() => [OutletSummary], { description: 'One line per outlet: "reported in both", "dropped in Jan 2026", "softened".' })
  async outletSummaries(@Parent() thread: Thread, @GqlContext() ctx: RequestContext): Promise<OutletSummary[]> {
    return (await ctx.loaders.threadTimeline.load(thread.id)).summaries;
  }
}

async function eventsOf(timeline: Timeline, ctx: RequestContext): Promise<ThreadEvent[]> {
  return Promise.all(
    timeline.events.map(async (e) => ({
      ...e,
      comparisonId: e.eventId,
      comparison: (await ctx.loaders.threadComparison.load(e.eventId))!,
    })),
  );
}

/** The threads of a comparison's claims, for "also in 1 other event" (the comparison is already authorised). */
@Resolver(() => Comparison)
export class ComparisonThreadsResolver {
  @ResolveField(() => [ClaimThreadLink], { description: 'Claims of this comparison that threads follow into other events.' })
  threadLinks(@Parent() comparison: Comparison, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.claimThreadsByComparison.load(comparison.id);
  }
}
