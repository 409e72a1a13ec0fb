import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';

/** Injection token of the collab module's GraphQL PubSub (Redis-backed when REDIS_URL is set). */
export const COLLAB_PUB_SUB = Symbol('COLLAB_PUB_SUB');

/** The payload of `comparisonChanged`, as published (JSON-safe). */
export interface ComparisonChangedEvent {
  comparisonId: string;
  projectedAt: string;
  claimCount: number;
}

/** Publishes and subscribes to "the projection of this comparison moved". */
@Injectable()
export class ComparisonEvents {
  constructor(@Inject(COLLAB_PUB_SUB) private readonly pubsub: PubSubEngine) {}

  /** Announces that a comparison's Claim / Alignment rows changed. */
  projectionMoved(comparisonId: string, claimCount: number): void {
    const event: ComparisonChangedEvent = { comparisonId, projectedAt: new Date().toISOString(), claimCount };
    void this.pubsub.publish(trigger(comparisonId), { comparisonChanged: event });
  }

  /** An async iterator of the events of one comparison. */
  iterator(comparisonId: string): AsyncIterableIterator<{ comparisonChanged: ComparisonChangedEvent }> {
    return this.pubsub.asyncIterableIterator(trigger(comparisonId));
  }
}

function trigger(comparisonId: string): string {
  return `comparisonChanged:${comparisonId}`;
}
