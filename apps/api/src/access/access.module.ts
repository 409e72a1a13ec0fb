import { Global, Module } from '@nestjs/common';
import { ComparisonLifecycle } from './comparison-lifecycle.js';
import { ComparisonPolicy } from './comparison.policy.js';
import { MembershipEvents } from './membership-events.js';
import { SubscriptionSockets } from './subscription-sockets.js';
import { ViewerService } from './viewer.service.js';
import { WorkspacePolicy } from './workspace.policy.js';

/**
 * Who may do what: token/session → viewer, the workspace and comparison policies, membership and comparison lifecycle events.
 * Global, because GraphQL, REST downloads and the collab socket all ask the same policies, so they refuse
 * the same people.
 */
@Global()
@Module({
  providers: [ViewerService, WorkspacePolicy, ComparisonPolicy, MembershipEvents, SubscriptionSockets, ComparisonLifecycle],
  exports: [ViewerService, WorkspacePolicy, ComparisonPolicy, MembershipEvents, SubscriptionSockets, ComparisonLifecycle],
})
export class AccessModule {}
