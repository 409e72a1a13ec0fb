import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { InvitationsService } from './invitations.service.js';
import { Invitation } from './models/invitation.model.js';
import { Member, Role, Workspace } from './models/workspace.model.js';

/** Invitations: how someone joins a workspace, with their consent. */
@Resolver(() => Workspace)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Query(() => [Invitation], { description: "The signed-in user's pending invitations." })
  invitations(@CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer);
  }

  @ResolveField(() => [Invitation], { description: "The workspace's pending invitations (OWNER only)." })
  pendingInvitations(@Parent() ws: Workspace, @CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext) {
    return this.service.forWorkspace(ctx, viewer, ws.id);
  }

  @Mutation(() => Invitation, { description: 'Invites an existing user by email with a role (OWNER only); they join once they accept.' })
  inviteMember(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('email') email: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    return this.service.invite(ctx, viewer, { workspaceId, email, role });
  }

  @Mutation(() => Member, { description: 'Accepts one of your invitations: you become a member with its role.' })
  acceptInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.accept(viewer, id);
  }

  @Mutation(() => Invitation, { description: 'Declines one of your invitations.' })
  declineInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.decline(viewer, id);
  }

  @Mutation(() => Invitation, { description: 'Withdraws a pending invitation (OWNER only).' })
  revokeInvitation(@CurrentViewer() viewer: Viewer, @GqlContext() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(ctx, viewer, id);
  }
}
