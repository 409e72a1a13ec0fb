import { Injectable } from '@nestjs/common';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { defineTopic } from '../../infra/pubsub/topic.js';

/** The payload of `threadsChanged`, as published (JSON-safe, so the Redis-backed PubSub carries it unchanged). */
export interface ThreadsChangedEvent {
  workspaceId: string;
  threadIds: string[];
  kind: string;
  actorId: string | null;
  at: string;
}

/** The typed topic of thread changes, keyed by workspace. */
export const THREADS_CHANGED = defineTopic<ThreadsChangedEvent>('threadsChanged');

/** Publishes and subscribes to "threads of this workspace changed" through the app's one PubSub. */
@Injectable()
export class ThreadEvents {
  constructor(private readonly pubsub: PubSubService) {}

  /** Announces a committed change. */
  changed(event: Omit<ThreadsChangedEvent, 'at'>): void {
    this.pubsub.publish(THREADS_CHANGED, event.workspaceId, { ...event, at: new Date().toISOString() });
  }

  /** An async iterator of one workspace's thread changes. */
  iterator(workspaceId: string): AsyncIterableIterator<{ threadsChanged: ThreadsChangedEvent }> {
    return this.pubsub.subscribe(THREADS_CHANGED, workspaceId) as AsyncIterableIterator<{ threadsChanged: ThreadsChangedEvent }>;
  }
}
