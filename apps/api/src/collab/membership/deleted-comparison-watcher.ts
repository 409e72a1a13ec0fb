import { Injectable } from '@nestjs/common';
import { COLLAB_CLOSE } from '@parallax/doc';
import { ComparisonLifecycle } from '../../access/comparison-lifecycle.js';
import { CollabFanout } from '../fanout/collab-fanout.js';
import { RoomRegistry } from '../rooms/room-registry.js';

/**
 * Closes the open sockets of a comparison that was just deleted, with NOT_FOUND (final), so open apps say
 * "this comparison no longer exists" instead of editing a doc with no rows behind it. The room then
 * unloads as its last lease is released. A deletion made here is forwarded to the other instances (API
 * workers or processes sharing Redis), whose sockets of the same comparison close too.
 */
@Injectable()
export class DeletedComparisonWatcher {
  constructor(
    private readonly lifecycle: ComparisonLifecycle,
    private readonly rooms: RoomRegistry,
    private readonly fanout: CollabFanout,
  ) {}

  /** Starts listening to deletions made by this process and by the other instances. */
  async start(): Promise<void> {
    this.lifecycle.onDeleted(({ comparisonId }) => {
      this.fanout.publishDeletion(comparisonId);
      void this.closeRoom(comparisonId);
    });
    await this.fanout.onDeletion((comparisonId) => void this.closeRoom(comparisonId));
  }

  private async closeRoom(comparisonId: string): Promise<void> {
    for (const room of await this.rooms.loadedRooms()) {
      if (room.comparisonId !== comparisonId) continue;
      for (const peer of [...room.peers]) peer.close(COLLAB_CLOSE.NOT_FOUND, 'this comparison was deleted');
    }
  }
}
