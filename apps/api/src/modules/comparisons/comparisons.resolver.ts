import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { Article } from '../articles/models/article.model.js';
import { uuid } from '../workspaces/dto/workspace.inputs.js';
import { CreateComparisonArgs, createComparisonSchema, renameComparisonSchema } from './dto/comparison.inputs.js';
import { Role } from '../../generated/prisma/enums.js';
import { Authorize } from '../../access/authorize.js';
import { ValidArgs, ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { ComparisonChanges } from './comparison-changes.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { validateInput } from '../../infra/validation/validate-input.js';
import { ComparisonsService } from './comparisons.service.js';
import { WorkspaceComparisonsChange } from './models/comparisons-change.model.js';
import { DeleteComparisonInput, DeletedComparison, RenameComparisonInput } from './dto/comparison-mutation.inputs.js';
import { Comparison } from './models/comparison.model.js';

@Resolver(() => Comparison)
export class ComparisonsResolver {
  constructor(
    private readonly comparisonsService: ComparisonsService,
    private readonly changes: ComparisonChanges,
    private readonly workspaces: WorkspacePolicy,
  ) {}

  @Query(() => [Comparison], { description: "A workspace's comparisons, newest first." })
  comparisons(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'workspaceId', type: () => ID }) workspaceId: string,
  ) {
    return this.comparisonsService.list(ctx, viewer, workspaceId);
  }

  @Query(() => Comparison)
  comparison(@CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.comparisonsService.get(ctx, viewer, id);
  }

  @ResolveField(() => [Article], { description: 'The articles compared, in column order.' })
  articles(@Parent() comparison: Comparison, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.articlesByComparisonId.load(comparison.id);
  }

  @Mutation(() => Comparison, { description: 'Creates a comparison of 2 or more articles of one workspace.' })
  createComparison(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidArgs(createComparisonSchema, () => CreateComparisonArgs) args: ValidInputOf<typeof createComparisonSchema>,
  ) {
    return this.comparisonsService.create(ctx, viewer, args);
  }

  @Mutation(() => Comparison, { description: 'Gives a comparison a new title (EDITOR or above).' })
  @Authorize({ scope: 'comparison', role: Role.EDITOR, id: (a) => (a.input as RenameComparisonInput).id })
  renameComparison(
    @CurrentViewer() viewer: Viewer,
    @ValidInput(renameComparisonSchema, { type: () => RenameComparisonInput }) input: ValidInputOf<typeof renameComparisonSchema>,
  ) {
    return this.comparisonsService.rename(viewer, input);
  }

  @Mutation(() => DeletedComparison, { description: 'Deletes a comparison and its alignment work; its articles stay (EDITOR or above).' })
  deleteComparison(@CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: DeleteComparisonInput) {
    return this.comparisonsService.delete(ctx, viewer, input.id);
  }

  @Subscription(() => WorkspaceComparisonsChange, {
    description: 'Tells when a comparison of a workspace is created, renamed or deleted (by anyone, on any instance).',
  })
  async workspaceComparisonsChanged(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ) {
    // The same policy as the comparisons query: members of any role may listen, others are refused.
    await this.workspaces.assert(ctx, viewer.userId, validateInput(uuid, workspaceId), Role.VIEWER);
    return this.changes.iterator(workspaceId);
  }
}
