import { Global, Module } from '@nestjs/common';
import { MembershipEvents } from './membership-events';
import { WorkspacePolicy } from './workspaces.policy';
import { WorkspacesResolver } from './workspaces.resolver';
import { WorkspacesService } from './workspaces.service';

/** Global so every feature policy can reuse WorkspacePolicy. */
@Global()
@Module({
  providers: [WorkspacesService, WorkspacesResolver, WorkspacePolicy, MembershipEvents],
  exports: [WorkspacePolicy, WorkspacesService, MembershipEvents],
})
export class WorkspacesModule {}
