import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { NotFound } from '../../infra/errors/app-error.js';
import { LOGGER } from '../../infra/logging/logger.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { COLLAB_SETTINGS, type CollabSettings } from '../collab.config.js';
import { CollabFanout } from '../fanout/collab-fanout.js';
import { ProjectionScheduler } from '../projection/projection-scheduler.js';
import { Compactor } from '../store/compactor.js';
import { UpdateLogStore } from '../store/update-log.store.js';
import { DocRoom, type RoomDeps } from './doc-room.js';
import { isUuid } from '../../infra/validation/uuid.js';

/** A browser tab announces one presence entry per doc; a little slack for clients that use a second one. */
const MAX_PRESENCE_ENTRIES_PER_PEER = 4;

interface Entry {
  room: Promise<DocRoom>;
  /** Peers and in-flight server operations using the room; it unloads when this drops to 0. */
  users: number;
  unloadTimer: NodeJS.Timeout | null;
}

/** A hold on a loaded room; release it when done so the room can unload. */
export interface RoomLease {
  room: DocRoom;
  release(): void;
}

/**
 * The rooms loaded in this process, by comparison id. A room loads on first use, stays while anyone uses
 * it, and unloads after COLLAB_UNLOAD_GRACE_MS without users: its writes are flushed, its projection
 * settled, its memory released and its log compacted. A load that starts while the same room is unloading
 * waits for the unload to finish, so one process never holds two copies of a doc.
 */
@Injectable()
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly unloading = new Map<string, Promise<void>>();
  private shuttingDown = false;

  constructor(
    private readonly prisma: PrismaService,
    private readonly store: UpdateLogStore,
    private readonly fanout: CollabFanout,
    private readonly compactor: Compactor,
    private readonly projector: ProjectionScheduler,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    fanout.onResync(() => void this.catchUpAll());
  }

  /** Loads the room if needed and holds it; throws NotFound for an unknown comparison, or the load error. */
  async acquire(comparisonId: string): Promise<RoomLease> {
    if (this.shuttingDown) throw new Error('the collab server is shutting down');
    await this.unloading.get(comparisonId);
    let entry = this.entries.get(comparisonId);
    if (!entry) {
      entry = { room: this.load(comparisonId), users: 0, unloadTimer: null };
      this.entries.set(comparisonId, entry);
      // A failed load leaves no entry behind, so the next attempt loads afresh.
      entry.room.catch(() => this.entries.get(comparisonId) === entry && this.entries.delete(comparisonId));
    }
    entry.users += 1;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    const held = entry;
    let room: DocRoom;
    try {
      room = await held.room;
    } catch (err) {
      held.users -= 1;
      throw err;
    }
    let released = false;
    return {
      room,
      release: () => {
        if (released) return;
        released = true;
        this.release(comparisonId, held);
      },
    };
  }

  /** The rooms that are loaded right now (for membership checks). */
  async loadedRooms(): Promise<DocRoom[]> {
    const settled = await Promise.allSettled([...this.entries.values()].map((e) => e.room));
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }

  /** Unloads every room (closing its peers with SHUTTING_DOWN) after flushing its writes. */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    const ids = [...this.entries.keys()];
    await Promise.all(ids.map((id) => this.unload(id, false)));
    await this.compactor.close();
  }

  private release(comparisonId: string, entry: Entry): void {
    entry.users -= 1;
    if (entry.users > 0 || this.entries.get(comparisonId) !== entry) return;
    entry.unloadTimer = setTimeout(() => void this.unload(comparisonId, true), this.settings.unloadGraceMs);
    entry.unloadTimer.unref();
  }

  private unload(comparisonId: string, compact: boolean): Promise<void> {
    const entry = this.entries.get(comparisonId);
    if (!entry) return Promise.resolve();
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    this.entries.delete(comparisonId);
    const done = entry.room
      .then(async (room) => {
        await room.flush();
        await this.projector.settle(room);
        await room.close();
        this.log.info({ comparisonId }, 'collab room unloaded');
        if (compact && room.sinceCompaction > 0) void this.compactor.compact(comparisonId);
      })
      .catch((err: unknown) => this.log.warn({ err, comparisonId }, 'collab room unload failed'))
      .finally(() => this.unloading.delete(comparisonId));
    this.unloading.set(comparisonId, done);
    return done;
  }

  private async load(comparisonId: string): Promise<DocRoom> {
    const comparison = isUuid(comparisonId)
      ? await this.prisma.comparison.findUnique({ where: { id: comparisonId }, select: { workspaceId: true } })
      : null;
    if (!comparison) throw new NotFound('Comparison', comparisonId);
    const started = performance.now();
    const room = await DocRoom.open(comparisonId, comparison.workspaceId, this.roomDeps());
    this.log.info(
      {
        comparisonId,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...room.loadTimings,
        entries: room.sinceCompaction,
        bytes: room.size,
      },
      'collab room loaded',
    );
    if (room.sinceCompaction >= this.settings.compactAfterUpdates) this.compactSoon(room);
    // The stored projection may predate the last changes (a crash between commit and projection).
    this.projector.schedule(room);
    return room;
  }

  private roomDeps(): RoomDeps {
    return {
      store: this.store,
      fanout: this.fanout,
      log: this.log,
      maxDocBytes: this.settings.maxDocBytes,
      maxPendingBytes: this.settings.maxMessageBytes,
      presence: { maxEntriesPerPeer: MAX_PRESENCE_ENTRIES_PER_PEER, maxEntryBytes: this.settings.maxAwarenessBytes },
      onStored: (room) => {
        if (room.sinceCompaction >= this.settings.compactAfterUpdates) this.compactSoon(room);
      },
      onChanged: (room) => this.projector.schedule(room),
      onEvicted: (room) => {
        const entry = this.entries.get(room.comparisonId);
        if (entry) {
          this.entries.delete(room.comparisonId);
          if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
        }
        this.projector.cancel(room);
        void room.close();
      },
    };
  }

  private compactSoon(room: DocRoom): void {
    const before = room.sinceCompaction;
    room.sinceCompaction = 0;
    void this.compactor.compact(room.comparisonId).then((result) => {
      // On failure, count the entries again so a later store retries.
      if (result === false) room.sinceCompaction += before;
    });
  }

  private async catchUpAll(): Promise<void> {
    for (const room of await this.loadedRooms()) {
      await room.catchUp().catch((err: unknown) => this.log.warn({ err, comparisonId: room.comparisonId }, 'collab catch-up failed'));
    }
  }
}
