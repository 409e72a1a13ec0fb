import { Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { LOGGER } from '../infra/logging/logger';
import { AuthModule } from '../modules/auth/auth.module';
import { ComparisonsModule } from '../modules/comparisons/comparisons.module';
import { COLLAB_SETTINGS, collabSettings, type CollabSettings } from './collab.config';
import { CollabLifecycle, REDIS_BUS } from './collab-lifecycle';
import { ComparisonDocService } from './comparison-doc.service';
import { CollabFanout, LocalFanout } from './fanout/collab-fanout';
import { RedisBus } from './fanout/redis-bus';
import { RedisFanout } from './fanout/redis-fanout';
import { ClaimLinkResolver, ClaimResolver } from './graphql/claim.resolver';
import { CollabEditsResolver } from './graphql/collab-edits.resolver';
import { CollabEditsService } from './graphql/collab-edits.service';
import { ComparisonCollabResolver } from './graphql/comparison-collab.resolver';
import { VersionsResolver } from './graphql/versions.resolver';
import { VersionsService } from './history/versions.service';
import { MembershipWatcher } from './membership/membership-watcher';
import { ProjectionScheduler } from './projection/projection-scheduler';
import { ProjectionWriter } from './projection/projection-writer';
import { COLLAB_PUB_SUB, ComparisonEvents } from './pubsub/comparison-events';
import { RedisPubSubEngine } from './pubsub/redis-pubsub-engine';
import { RoomRegistry } from './rooms/room-registry';
import { CollabAuthenticator } from './server/collab-authenticator';
import { CollabGateway } from './server/collab-gateway';
import { Compactor } from './store/compactor';
import { UpdateLogStore } from './store/update-log.store';

/**
 * Live co-editing: the y-websocket endpoint (`/collab/<comparisonId>`), the durable doc store (update log +
 * snapshots in Postgres), the projector into Claim / Alignment rows, history, and the fan-out across
 * instances (Redis when REDIS_URL is set). Exports {@link ComparisonDocService}, the one way for other
 * modules to change a comparison doc.
 */
@Module({
  imports: [AuthModule, ComparisonsModule],
  providers: [
    { provide: COLLAB_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => collabSettings(config) },
    {
      provide: REDIS_BUS,
      inject: [COLLAB_SETTINGS, LOGGER],
      useFactory: (s: CollabSettings, log: Logger) => (s.redisUrl ? RedisBus.connect(s.redisUrl, s.redisPrefix, log) : null),
    },
    { provide: CollabFanout, inject: [REDIS_BUS], useFactory: (bus: RedisBus | null) => (bus ? new RedisFanout(bus) : new LocalFanout()) },
    { provide: COLLAB_PUB_SUB, inject: [REDIS_BUS], useFactory: (bus: RedisBus | null) => (bus ? new RedisPubSubEngine(bus) : new PubSub()) },
    UpdateLogStore,
    Compactor,
    ProjectionWriter,
    ProjectionScheduler,
    ComparisonEvents,
    RoomRegistry,
    ComparisonDocService,
    CollabAuthenticator,
    CollabGateway,
    MembershipWatcher,
    CollabLifecycle,
    CollabEditsService,
    VersionsService,
    ClaimResolver,
    ClaimLinkResolver,
    ComparisonCollabResolver,
    CollabEditsResolver,
    VersionsResolver,
  ],
  exports: [ComparisonDocService],
})
export class CollabModule {}
