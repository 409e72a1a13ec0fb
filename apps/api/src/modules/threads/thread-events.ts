import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../../infra/pubsub/pubsub.module.js';

/** The payload of `threadsChanged`, as published (JSON-safe, so a Redis-backed PubSub carries it unchanged). */
export interface ThreadsChangedEvent {
  workspaceId: string;
  threadIds: string[];
  kind: string;
  actorId: string | null;
  at: string;
}

/** Publishes and subscribes to "threads of this workspace changed". */
@Injectable()
export class ThreadEvents {
  constructor(@Inject(PUB_SUB) private readonly pubsub: PubSubEngine) {}

  /** Announces a committed change. */
  changed(event: Omit<ThreadsChangedEvent, 'at'>): void {
    void this.pubsub.publish(topic(event.workspaceId), { threadsChanged: { ...event, at: new Date().toISOString() } });
  }

  /** An async iterator of one workspace's thread changes. */
  iterator(workspaceId: string): AsyncIterableIterator<{ threadsChanged: ThreadsChangedEvent }> {
    return this.pubsub.asyncIterableIterator(topic(workspaceId));
  }
}

function topic(workspaceId: string): string {
  return `threadsChanged:${workspaceId}`;
}
