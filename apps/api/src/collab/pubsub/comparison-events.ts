import { Injectable } from '@nestjs/common';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { defineTopic } from '../../infra/pubsub/topic.js';

/** The payload of `comparisonChanged`, as published (JSON-safe). */
export interface ComparisonChangedEvent {
  comparisonId: string;
  projectedAt: string;
  claimCount: number;
}

/** "The projection of this comparison moved", keyed by comparison id. */
export const COMPARISON_CHANGED = defineTopic<ComparisonChangedEvent>('comparisonChanged');

/** Publishes and subscribes to "the projection of this comparison moved". */
@Injectable()
export class ComparisonEvents {
  constructor(private readonly pubsub: PubSubService) {}

  /** Announces that a comparison's Claim / Alignment rows changed. */
  projectionMoved(comparisonId: string, claimCount: number): void {
    this.pubsub.publish(COMPARISON_CHANGED, comparisonId, { comparisonId, projectedAt: new Date().toISOString(), claimCount });
  }

  /** An async iterator of the events of one comparison (the caller has authorised it). */
  iterator(comparisonId: string) {
    return this.pubsub.subscribe(COMPARISON_CHANGED, comparisonId);
  }
}
