import { Global, Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/** Injection token of the GraphQL subscriptions PubSub (in-process; collab fan-out across instances uses Redis). */
export const PUB_SUB = Symbol('PUB_SUB');

/** Provides one PubSub for GraphQL subscriptions. */
@Global()
@Module({ providers: [{ provide: PUB_SUB, useValue: new PubSub() }], exports: [PUB_SUB] })
export class PubSubModule {}
