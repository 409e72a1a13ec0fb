import { Global, Module } from '@nestjs/common';
import { MembershipEvents } from './membership-events.js';
import { WorkspacePolicy } from './workspaces.policy.js';
import { WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspacesService } from './workspaces.service.js';

/** Global so every feature policy can reuse WorkspacePolicy. */
@Global()
@Module({
  providers: [WorkspacesService, WorkspacesResolver, WorkspacePolicy, MembershipEvents],
  exports: [WorkspacePolicy, WorkspacesService, MembershipEvents],
})
export class WorkspacesModule {}
