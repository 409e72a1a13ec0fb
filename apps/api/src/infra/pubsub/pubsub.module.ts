import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { LOGGER } from '../logging/logger.js';
import { PUB_SUB_ENGINE, PubSubService } from './pubsub.service.js';
import { RedisBus } from './redis-bus.js';
import { RedisPubSubEngine } from './redis-pubsub-engine.js';

/** Injection token of the process's RedisBus, or null without REDIS_URL. */
export const REDIS_BUS = Symbol('REDIS_BUS');

/** Closes Redis after every module has stopped (the collab engine flushes its rooms first). */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_BUS) private readonly redis: RedisBus | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }
}

/**
 * The process's Redis connections (when REDIS_URL is set; nothing requires Redis otherwise) and the one
 * PubSub for GraphQL subscriptions on top of them. The collab fan-out shares the same RedisBus.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_BUS,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, log: Logger) =>
        config.REDIS_URL ? RedisBus.connect(config.REDIS_URL, config.REDIS_PREFIX, log) : null,
    },
    {
      provide: PUB_SUB_ENGINE,
      inject: [REDIS_BUS],
      useFactory: (bus: RedisBus | null) => (bus ? new RedisPubSubEngine(bus) : new PubSub()),
    },
    PubSubService,
    RedisCloser,
  ],
  exports: [REDIS_BUS, PubSubService],
})
export class PubSubModule {}
