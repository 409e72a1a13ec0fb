import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Topic } from './topic.js';

/** Injection token of the underlying graphql-subscriptions engine (in-process, or Redis with REDIS_URL). */
export const PUB_SUB_ENGINE = Symbol('PUB_SUB_ENGINE');

/**
 * The one publish/subscribe of the API, for every GraphQL subscription. Events are keyed (by comparison,
 * batch, user…), so a subscriber only receives its own key's events and nothing is filtered afterwards.
 * With REDIS_URL set they cross instances; without it they stay in the process.
 */
@Injectable()
export class PubSubService {
  constructor(@Inject(PUB_SUB_ENGINE) private readonly engine: PubSubEngine) {}

  /** Publishes one event of `topic` for `key`; delivery is best effort (a lost progress tick is harmless). */
  publish<P>(topic: Topic<P>, key: string, payload: P): void {
    void this.engine.publish(channelOf(topic, key), { [topic.name]: payload });
  }

  /** The events of `topic` for `key`, as a GraphQL subscription iterator (`{ [topic.name]: payload }`). */
  subscribe<P>(topic: Topic<P>, key: string): AsyncIterableIterator<Record<string, P>> {
    return this.engine.asyncIterableIterator<Record<string, P>>(channelOf(topic, key));
  }
}

function channelOf(topic: Topic<unknown>, key: string): string {
  return `${topic.name}:${key}`;
}
