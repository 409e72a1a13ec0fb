import { Args, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '../../generated/prisma/enums.js';
import { CurrentViewer, GqlContext } from '../../infra/graphql/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../infra/graphql/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { ComparisonPolicy } from '../../modules/comparisons/comparisons.policy.js';
import { Comparison } from '../../modules/comparisons/models/comparison.model.js';
import { VersionsService } from '../history/versions.service.js';
import { ComparisonEvents, type ComparisonChangedEvent } from '../pubsub/comparison-events.js';
import { collabLoaders } from './collab.loaders.js';
import { Claim } from './models/claim.model.js';
import { ComparisonChange, ComparisonVersion } from './models/version.model.js';

@Resolver(() => Comparison)
export class ComparisonCollabResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly versions: VersionsService,
    private readonly events: ComparisonEvents,
    private readonly policy: ComparisonPolicy,
  ) {}

  @ResolveField(() => [Claim], {
    description: 'The claims in display order, from the projection of the live doc (it lags edits by about a second).',
  })
  claims(@Parent() comparison: Comparison, @GqlContext() ctx: RequestContext) {
    return collabLoaders(ctx, this.prisma).claimsByComparisonId.load(comparison.id);
  }

  @ResolveField('versions', () => [ComparisonVersion], { description: 'Named versions, newest first.' })
  versionsOf(@Parent() comparison: Comparison) {
    return this.versions.list(comparison.id);
  }

  @Subscription(() => ComparisonChange, {
    description: "Tells when the comparison's claims and links (the projection) moved; re-query what you show.",
    resolve: (payload: { comparisonChanged: ComparisonChangedEvent }): ComparisonChange => ({
      ...payload.comparisonChanged,
      projectedAt: new Date(payload.comparisonChanged.projectedAt),
    }),
  })
  async comparisonChanged(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.policy.assert(ctx, viewer.userId, id, Role.VIEWER);
    return this.events.iterator(id);
  }
}
