import { Inject, Injectable } from '@nestjs/common';
import type { PubSub } from 'graphql-subscriptions';
import { PUB_SUB } from '../../infra/pubsub/pubsub.module.js';
import { type WorkspaceChange, WorkspaceChangeKind } from './models/workspace-change.model.js';

/** The topic of one user's workspace changes; each user listens only to their own. */
const topic = (userId: string) => `workspaceChanged:${userId}`;

/**
 * Tells a user's open apps that their workspaces changed (invited, role changed, removed, renamed,
 * deleted), so the switcher and the pages follow without a reload.
 */
@Injectable()
export class WorkspaceChanges {
  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSub) {}

  /** Announces one change to each of `userIds` (after it is committed). */
  publish(userIds: readonly string[], workspaceId: string, kind: WorkspaceChangeKind): void {
    const change: WorkspaceChange = { workspaceId, kind };
    for (const userId of new Set(userIds)) void this.pubsub.publish(topic(userId), { myWorkspacesChanged: change });
  }

  /** The changes of one user, as a GraphQL subscription iterator. */
  iterator(userId: string): AsyncIterableIterator<{ myWorkspacesChanged: WorkspaceChange }> {
    return this.pubsub.asyncIterableIterator(topic(userId));
  }
}

export { WorkspaceChangeKind };
