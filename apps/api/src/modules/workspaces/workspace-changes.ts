import { Injectable } from '@nestjs/common';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { defineTopic } from '../../infra/pubsub/topic.js';
import { type WorkspaceChange, WorkspaceChangeKind } from './models/workspace-change.model.js';

/** One user's workspace changes, keyed by user id; each user listens only to their own. */
export const MY_WORKSPACES_CHANGED = defineTopic<WorkspaceChange>('myWorkspacesChanged');

/**
 * Tells a user's open apps that their workspaces changed (invited, role changed, removed, renamed,
 * deleted), so the switcher and the pages follow without a reload.
 */
@Injectable()
export class WorkspaceChanges {
  constructor(private readonly pubsub: PubSubService) {}

  /** Announces one change to each of `userIds` (after it is committed). */
  publish(userIds: readonly string[], workspaceId: string, kind: WorkspaceChangeKind): void {
    const change: WorkspaceChange = { workspaceId, kind };
    for (const userId of new Set(userIds)) this.pubsub.publish(MY_WORKSPACES_CHANGED, userId, change);
  }

  /** The changes of one user, as a GraphQL subscription iterator. */
  iterator(userId: string) {
    return this.pubsub.subscribe(MY_WORKSPACES_CHANGED, userId);
  }
}

export { WorkspaceChangeKind };
