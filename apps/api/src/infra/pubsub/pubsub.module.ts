import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { LOGGER } from '../logging/logger.js';
import { PUB_SUB_ENGINE, PubSubService } from './pubsub.service.js';
import { ClusterBus, isClusterWorker } from '../cluster/cluster-ipc.js';
import type { MessageBus } from './message-bus.js';
import { RedisBus } from './redis-bus.js';
import { RedisPubSubEngine } from './redis-pubsub-engine.js';

/**
 * Injection token of the process's MessageBus: Redis with REDIS_URL, else the cluster primary when this is one
 * of several API workers (API_WORKERS), else null (a single process needs no fan-out).
 */
export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

/** Closes the bus after every module has stopped (the collab engine flushes its rooms first). */
@Injectable()
class BusCloser implements OnApplicationShutdown {
  constructor(@Inject(MESSAGE_BUS) private readonly bus: MessageBus | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus?.close();
  }
}

/**
 * The process's MessageBus (Redis when REDIS_URL is set, the cluster primary between local workers; nothing
 * requires Redis) and the one PubSub for GraphQL subscriptions on top of it. The collab fan-out shares it.
 */
@Global()
@Module({
  providers: [
    {
      provide: MESSAGE_BUS,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, log: Logger): Promise<MessageBus> | MessageBus | null => {
        if (config.REDIS_URL) return RedisBus.connect(config.REDIS_URL, config.REDIS_PREFIX, log);
        return isClusterWorker() ? new ClusterBus(config.REDIS_PREFIX) : null;
      },
    },
    {
      provide: PUB_SUB_ENGINE,
      inject: [MESSAGE_BUS],
      useFactory: (bus: MessageBus | null) => (bus ? new RedisPubSubEngine(bus) : new PubSub()),
    },
    PubSubService,
    BusCloser,
  ],
  exports: [MESSAGE_BUS, PubSubService],
})
export class PubSubModule {}
