import { Injectable } from '@nestjs/common';
import { COLLAB_CLOSE } from '@parallax/doc';
import { ComparisonLifecycle } from '../../access/comparison-lifecycle.js';
import { RoomRegistry } from '../rooms/room-registry.js';

/**
 * Closes the open sockets of a comparison that was just deleted, with NOT_FOUND (final), so open apps say
 * "this comparison no longer exists" instead of editing a doc with no rows behind it. The room then
 * unloads as its last lease is released.
 */
@Injectable()
export class DeletedComparisonWatcher {
  constructor(
    private readonly lifecycle: ComparisonLifecycle,
    private readonly rooms: RoomRegistry,
  ) {}

  /** Starts listening to deletions made by this process. */
  start(): void {
    this.lifecycle.onDeleted(({ comparisonId }) => void this.closeRoom(comparisonId));
  }

  private async closeRoom(comparisonId: string): Promise<void> {
    for (const room of await this.rooms.loadedRooms()) {
      if (room.comparisonId !== comparisonId) continue;
      for (const peer of [...room.peers]) peer.close(COLLAB_CLOSE.NOT_FOUND, 'this comparison was deleted');
    }
  }
}
