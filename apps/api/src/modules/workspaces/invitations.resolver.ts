import { ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { Authorize } from '../../access/authorize.js';
import { ValidArgs, ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { InviteMemberArgs, inviteMemberSchema, uuid } from './dto/workspace.inputs.js';
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
  @Authorize({ scope: 'workspace', role: Role.OWNER, id: (a) => a.workspaceId, idSchema: uuid })
  inviteMember(
    @CurrentViewer() viewer: Viewer,
    @ValidArgs(inviteMemberSchema, () => InviteMemberArgs) args: ValidInputOf<typeof inviteMemberSchema>,
  ) {
    return this.service.invite(viewer, args);
  }

  @Mutation(() => Member, { description: 'Accepts one of your invitations: you become a member with its role.' })
  acceptInvitation(@CurrentViewer() viewer: Viewer, @ValidInput(uuid, { name: 'id', type: () => ID }) id: string) {
    return this.service.accept(viewer, id);
  }

  @Mutation(() => Invitation, { description: 'Declines one of your invitations.' })
  declineInvitation(@CurrentViewer() viewer: Viewer, @ValidInput(uuid, { name: 'id', type: () => ID }) id: string) {
    return this.service.decline(viewer, id);
  }

  @Mutation(() => Invitation, { description: 'Withdraws a pending invitation (OWNER only).' })
  revokeInvitation(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(uuid, { name: 'id', type: () => ID }) id: string,
  ) {
    return this.service.revoke(ctx, viewer, id);
  }
}
