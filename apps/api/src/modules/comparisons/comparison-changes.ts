import { Injectable } from '@nestjs/common';
import { PubSubService } from '../../infra/pubsub/pubsub.service.js';
import { defineTopic } from '../../infra/pubsub/topic.js';
import type { WorkspaceComparisonsChange } from './models/comparisons-change.model.js';

/** Changes to the comparisons of one workspace, keyed by workspace id (JSON-safe: it crosses Redis as is). */
export const WORKSPACE_COMPARISONS_CHANGED = defineTopic<WorkspaceComparisonsChange>('workspaceComparisonsChanged');

/**
 * Tells every open library of a workspace that a comparison was created, renamed or deleted, through the
 * app's one PubSub (so it reaches members connected to any instance).
 */
@Injectable()
export class ComparisonChanges {
  constructor(private readonly pubsub: PubSubService) {}

  /** Announces a committed change. */
  publish(change: WorkspaceComparisonsChange): void {
    this.pubsub.publish(WORKSPACE_COMPARISONS_CHANGED, change.workspaceId, change);
  }

  /** One workspace's comparison changes, as a GraphQL subscription iterator. */
  iterator(workspaceId: string) {
    return this.pubsub.subscribe(WORKSPACE_COMPARISONS_CHANGED, workspaceId);
  }
}
