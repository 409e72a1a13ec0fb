import { Global, Module } from '@nestjs/common';
import { MembershipEvents } from './membership-events.js';
import { WorkspaceChanges } from './workspace-changes.js';
import { WorkspacePolicy } from './workspaces.policy.js';
import { WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

/** Global so every feature policy can reuse WorkspacePolicy. */
@Global()
@Module({
  providers: [WorkspacesService, WorkspacesResolver, WorkspacePolicy, MembershipEvents, WorkspaceChanges],
  exports: [WorkspacePolicy, WorkspacesService, MembershipEvents, WorkspaceChanges],
})
export class WorkspacesModule {}
