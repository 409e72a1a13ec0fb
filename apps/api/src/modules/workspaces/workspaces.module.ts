import { Module } from '@nestjs/common';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { WorkspaceChanges } from './workspace-changes.js';
import { WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

/** Workspaces, their members and invitations (who may do what in them is the access room's WorkspacePolicy). */
@Module({
  providers: [WorkspacesService, WorkspacesResolver, WorkspaceChanges, InvitationsService, InvitationsResolver],
  exports: [WorkspacesService, WorkspaceChanges],
})
export class WorkspacesModule {}
