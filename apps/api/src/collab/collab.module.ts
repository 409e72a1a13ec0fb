import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { COLLAB_SETTINGS, collabSettings } from './collab.config.js';
import type { MessageBus } from '../infra/pubsub/message-bus.js';
import { MESSAGE_BUS } from '../infra/pubsub/pubsub.module.js';
import { CollabLifecycle } from './collab-lifecycle.js';
import { ComparisonDocService } from './comparison-doc.service.js';
import { CollabFanout, LocalFanout } from './fanout/collab-fanout.js';
import { RedisFanout } from './fanout/redis-fanout.js';
import { DeletedComparisonWatcher } from './membership/deleted-comparison-watcher.js';
import { MembershipWatcher } from './membership/membership-watcher.js';
import { ProjectionScheduler } from './projection/projection-scheduler.js';
import { ProjectionWriter } from './projection/projection-writer.js';
import { ComparisonEvents } from './pubsub/comparison-events.js';
import { RoomRegistry } from './rooms/room-registry.js';
import { CollabAuthenticator } from './server/collab-authenticator.js';
import { CollabGateway } from './server/collab-gateway.js';
import { Compactor } from './store/compactor.js';
import { UpdateLogStore } from './store/update-log.store.js';

/**
 * The collab engine, not a feature: the y-websocket endpoint (`/collab/<comparisonId>`), rooms, the durable
 * doc store (update log + snapshots in Postgres), the projector into Claim / Alignment rows, and the fan-out
 * across instances (Redis when REDIS_URL is set). It imports no feature module; features import it.
 * Exports {@link ComparisonDocService}, the one way for them to read or change a comparison doc, and
 * {@link ComparisonEvents}, what the projector announces.
 */
@Module({
  providers: [
    { provide: COLLAB_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => collabSettings(config) },
    {
      provide: CollabFanout,
      inject: [MESSAGE_BUS],
      useFactory: (bus: MessageBus | null) => (bus ? new RedisFanout(bus) : new LocalFanout()),
    },
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
    DeletedComparisonWatcher,
    CollabLifecycle,
  ],
  exports: [ComparisonDocService, ComparisonEvents],
})
export class CollabModule {}
