import { Args, ID, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Claim } from '../claims/models/claim.model.js';
import { Role } from '../../generated/prisma/enums.js';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { Authorize } from '../../access/authorize.js';
import { uuid } from '../workspaces/dto/workspace.inputs.js';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { ComparisonPolicy } from '../../access/comparison.policy.js';
import { Comparison } from '../comparisons/models/comparison.model.js';
import { AlignmentService, AUTO_ALIGN_PROGRESS } from './alignment.service.js';
import { ComparisonImportService } from './exports/comparison-import.service.js';
import { AutoAlignProgress, AutoAlignResult, ClaimDiff, Coverage, ImportComparisonResult } from './models/alignment.model.js';

@Resolver(() => Comparison)
export class AlignmentResolver {
  constructor(
    private readonly alignment: AlignmentService,
    private readonly policy: ComparisonPolicy,
    private readonly importer: ComparisonImportService,
    private readonly pubsub: PubSubService,
  ) {}

  @Mutation(() => ImportComparisonResult, { description: 'Re-imports a JSON export (GET …/export.json) into a workspace.' })
  @Authorize({ scope: 'workspace', role: Role.EDITOR, id: (a) => a.workspaceId, idSchema: uuid })
  importComparison(
    @CurrentViewer() viewer: Viewer,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('json', { description: 'The export file content.' }) json: string,
  ) {
    return this.importer.importComparison(viewer, workspaceId, json);
  }

  @Mutation(() => AutoAlignResult, { description: "Aligns the comparison's articles into claims; people's decisions are kept." })
  autoAlign(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('comparisonId', { type: () => ID }) comparisonId: string,
  ) {
    return this.alignment.autoAlignAs(ctx, viewer, comparisonId);
  }

  @ResolveField(() => Coverage, { description: 'Which outlet reported or omitted which claim.' })
  coverage(@Parent() comparison: Comparison) {
    return this.alignment.coverage(comparison.id);
  }

  @Subscription(() => AutoAlignProgress, {
    description: 'Progress of autoAlign runs on a comparison.',
  })
  async autoAlignProgress(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('comparisonId', { type: () => ID }) comparisonId: string,
  ) {
    await this.policy.assert(ctx, viewer.userId, comparisonId, Role.VIEWER);
    return this.pubsub.subscribe(AUTO_ALIGN_PROGRESS, comparisonId);
  }
}

@Resolver(() => Claim)
export class ClaimDiffResolver {
  constructor(private readonly alignment: AlignmentService) {}

  @ResolveField(() => ClaimDiff, { description: "Each outlet's wording of this claim, word-diffed against the base article's." })
  diff(
    @Parent() claim: Claim,
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('baseArticleId', { type: () => ID }) baseArticleId: string,
  ) {
    return this.alignment.claimDiff(ctx, viewer, claim.id, baseArticleId);
  }
}
