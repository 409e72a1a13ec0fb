import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DeletedComparisonWatcher } from './membership/deleted-comparison-watcher.js';
import { MembershipWatcher } from './membership/membership-watcher.js';
import { RoomRegistry } from './rooms/room-registry.js';
import { CollabGateway } from './server/collab-gateway.js';

/**
 * Starts and stops the collab server in the right order. On shutdown (SIGTERM → app.close()) it runs
 * before Prisma disconnects (Nest destroys global modules last): stop accepting and close sockets, flush
 * every room's staged writes, settle projections, unload. Redis closes after it (infra/pubsub).
 */
@Injectable()
export class CollabLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly gateway: CollabGateway,
    private readonly rooms: RoomRegistry,
    private readonly membership: MembershipWatcher,
    private readonly deletions: DeletedComparisonWatcher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.gateway.attach(this.adapterHost.httpAdapter.getHttpServer());
    await this.membership.start();
    await this.deletions.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.gateway.stopAccepting();
    await this.rooms.shutdown();
  }
}
