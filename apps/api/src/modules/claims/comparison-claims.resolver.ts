import { Args, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { ComparisonPolicy } from '../../access/comparison.policy.js';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { ComparisonEvents, type ComparisonChangedEvent } from '../../collab/pubsub/comparison-events.js';
import { Role } from '../../generated/prisma/enums.js';
import { Comparison } from '../comparisons/models/comparison.model.js';
import { ClaimGrid } from './models/claim-grid.model.js';
import { Claim } from './models/claim.model.js';
import { ComparisonChange } from './models/comparison-change.model.js';

/** A comparison's claims (the projection of its doc) and the subscription that says when they moved. */
@Resolver(() => Comparison)
export class ComparisonClaimsResolver {
  constructor(
    private readonly events: ComparisonEvents,
    private readonly policy: ComparisonPolicy,
  ) {}

  @ResolveField(() => [Claim], {
    description: 'The claims in display order, from the projection of the live doc (it lags edits by about a second).',
  })
  claims(@Parent() comparison: Comparison, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.claimsByComparisonId.load(comparison.id);
  }

  @ResolveField(() => ClaimGrid, {
    description: 'The same claims and their links as parallel lists, to draw the grid of a large comparison before its doc syncs.',
  })
  claimGrid(@Parent() comparison: Comparison, @GqlContext() ctx: RequestContext) {
    // The parent comparison was read through the policy (the comparison query asserts VIEWER).
    return ctx.loaders.claimGridByComparisonId.load(comparison.id);
  }

  @Subscription(() => ComparisonChange, {
    description: "Tells when the comparison's claims and links (the projection) moved; re-query what you show.",
    resolve: (payload: { comparisonChanged: ComparisonChangedEvent }): ComparisonChange => ({
      ...payload.comparisonChanged,
      projectedAt: new Date(payload.comparisonChanged.projectedAt),
    }),
  })
  async comparisonChanged(@CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    await this.policy.assert(ctx, viewer.userId, id, Role.VIEWER);
    return this.events.iterator(id);
  }
}
