import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { Outlet } from './models/outlet.model.js';
import { OutletsService } from './outlets.service.js';
import { ValidInput } from '../../infra/validation/valid-input.js';
import { uuid } from '../workspaces/dto/workspace.inputs.js';

@Resolver(() => Outlet)
export class OutletsResolver {
  constructor(private readonly outletsService: OutletsService) {}

  @Query(() => [Outlet], { description: 'Outlets that appear in your workspaces, or in one of them.' })
  outlets(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid.nullish(), { name: 'workspaceId', type: () => ID, nullable: true }) workspaceId?: string | null,
  ) {
    return this.outletsService.listForViewer(ctx, viewer, workspaceId);
  }

  @Query(() => Outlet, { description: 'One outlet of a workspace you are a member of.' })
  outlet(@CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.outletsService.get(ctx, viewer, id);
  }
}
