import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { DeleteWorkspaceInput, RenameWorkspaceInput } from './dto/workspace-mutation.inputs.js';
import { DeletedWorkspace, WorkspaceChange } from './models/workspace-change.model.js';
import { Member, Role, Workspace } from './models/workspace.model.js';
import { WorkspaceChanges } from './workspace-changes.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { CreateWorkspaceArgs, createWorkspaceSchema, deleteWorkspaceSchema, renameWorkspaceSchema, uuid } from './dto/workspace.inputs.js';
import { Authorize } from '../../access/authorize.js';
import { ValidArgs, ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { WorkspacesService } from './workspaces.service.js';

@Resolver(() => Workspace)
export class WorkspacesResolver {
  constructor(
    private readonly workspacesService: WorkspacesService,
    private readonly policy: WorkspacePolicy,
    private readonly changes: WorkspaceChanges,
  ) {}

  @Query(() => [Workspace], { description: 'Workspaces the viewer belongs to.' })
  workspaces(@CurrentViewer() viewer: Viewer) {
    return this.workspacesService.listForViewer(viewer);
  }

  @Query(() => Workspace)
  workspace(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'id', type: () => ID }) id: string,
  ) {
    return this.workspacesService.get(ctx, viewer, id);
  }

  @ResolveField(() => Role, { description: "The viewer's role in this workspace." })
  async myRole(@Parent() ws: Workspace, @CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext) {
    return this.policy.assert(ctx, viewer.userId, ws.id, Role.VIEWER);
  }

  @ResolveField(() => [Member])
  members(@Parent() ws: Workspace, @CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext) {
    return this.workspacesService.members(ctx, viewer, ws.id);
  }

  @Mutation(() => Workspace, { description: 'Creates a workspace; you become its OWNER.' })
  createWorkspace(
    @CurrentViewer() viewer: Viewer,
    @ValidArgs(createWorkspaceSchema, () => CreateWorkspaceArgs) args: ValidInputOf<typeof createWorkspaceSchema>,
  ) {
    return this.workspacesService.create(viewer, args);
  }

  @Mutation(() => Member, { description: "Changes a member's role (OWNER only)." })
  updateMemberRole(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'memberId', type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    return this.workspacesService.updateMemberRole(ctx, viewer, memberId, role);
  }

  @Mutation(() => Member, { description: 'Removes a member (OWNER only).' })
  removeMember(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'memberId', type: () => ID }) memberId: string,
  ) {
    return this.workspacesService.removeMember(ctx, viewer, memberId);
  }

  @Mutation(() => Workspace, { description: 'Renames a workspace (OWNER only).' })
  @Authorize({ scope: 'workspace', role: Role.OWNER, id: (a) => (a.input as RenameWorkspaceInput).id, idSchema: uuid })
  renameWorkspace(
    @ValidInput(renameWorkspaceSchema, { type: () => RenameWorkspaceInput }) input: ValidInputOf<typeof renameWorkspaceSchema>,
  ) {
    return this.workspacesService.rename(input);
  }

  @Mutation(() => DeletedWorkspace, {
    description: 'Deletes a workspace with its articles and comparisons (OWNER only, name typed to confirm).',
  })
  @Authorize({ scope: 'workspace', role: Role.OWNER, id: (a) => (a.input as DeleteWorkspaceInput).id, idSchema: uuid })
  deleteWorkspace(
    @ValidInput(deleteWorkspaceSchema, { type: () => DeleteWorkspaceInput }) input: ValidInputOf<typeof deleteWorkspaceSchema>,
  ) {
    return this.workspacesService.delete(input);
  }

  @Subscription(() => WorkspaceChange, {
    description: "The viewer's workspaces changed: invited, role changed, removed, renamed or deleted.",
  })
  myWorkspacesChanged(@CurrentViewer() viewer: Viewer) {
    // Each user subscribes to their own topic only, so no filter or policy is needed beyond sign-in.
    return this.changes.iterator(viewer.userId);
  }
}
