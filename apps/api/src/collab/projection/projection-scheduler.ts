import { Inject, Injectable } from '@nestjs/common';
import { MIGRATION_ORIGIN, readComparisonDoc, repairComparisonDoc } from '@parallax/doc';
import type { Logger } from 'pino';
import { LOGGER } from '../../infra/logging/logger.js';
import { COLLAB_SETTINGS, type CollabSettings } from '../collab.config.js';
import { ComparisonEvents } from '../pubsub/comparison-events.js';
import type { DocRoom } from '../rooms/doc-room.js';
import { ProjectionWriter, projectionHash } from './projection-writer.js';

interface State {
  timer: NodeJS.Timeout | null;
  /** When the oldest change not yet projected arrived (for the max wait). */
  since: number;
  dirty: boolean;
  running: Promise<void> | null;
  lastHash: string | null;
}

/**
 * Keeps the Claim / Alignment rows in step with each loaded doc: after changes settle for the debounce
 * (~300 ms), and at least every max wait (~1 s) under continuous editing, it repairs orphans left by
 * concurrent merges, reads the durable doc, and projects it when its hash moved. One projection per room
 * runs at a time; changes during a run schedule the next one. Then it tells GraphQL subscribers.
 */
@Injectable()
export class ProjectionScheduler {
  private readonly states = new WeakMap<DocRoom, State>();

  constructor(
    private readonly writer: ProjectionWriter,
    private readonly events: ComparisonEvents,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** Notes that the room changed; projects after the debounce or the max wait, whichever comes first. */
  schedule(room: DocRoom): void {
    const s = this.stateOf(room);
    const now = Date.now();
    if (!s.dirty) s.since = now;
    s.dirty = true;
    if (s.running) return;
    if (s.timer) clearTimeout(s.timer);
    const delay = Math.max(0, Math.min(this.settings.projectionDebounceMs, s.since + this.settings.projectionMaxWaitMs - now));
    s.timer = setTimeout(() => this.run(room), delay);
    s.timer.unref();
  }

  /** Projects pending changes now and waits for it (before a room unloads). */
  async settle(room: DocRoom): Promise<void> {
    const s = this.stateOf(room);
    await s.running;
    if (s.dirty) await this.run(room);
  }

  /** Forgets pending work for a room that is gone. */
  cancel(room: DocRoom): void {
    const s = this.states.get(room);
    if (s?.timer) clearTimeout(s.timer);
    this.states.delete(room);
  }

  private run(room: DocRoom): Promise<void> {
    const s = this.stateOf(room);
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    s.dirty = false;
    s.running = this.project(room, s)
      .catch((err: unknown) => {
        this.log.warn({ err, comparisonId: room.comparisonId }, 'collab projection failed; will retry on the next change');
      })
      .finally(() => {
        s.running = null;
        if (s.dirty && this.states.has(room)) this.schedule(room);
      });
    return s.running;
  }

  private async project(room: DocRoom, s: State): Promise<void> {
    if (!room.readOnly) await room.transact(MIGRATION_ORIGIN, (doc) => repairComparisonDoc(doc, MIGRATION_ORIGIN));
    const view = await room.durable(() => readComparisonDoc(room.doc));
    const hash = projectionHash(view);
    if (hash === s.lastHash) return;
    const wrote = await this.writer.project(room.comparisonId, view, hash);
    s.lastHash = hash;
    if (wrote) this.events.projectionMoved(room.comparisonId, view.claims.length);
  }

  private stateOf(room: DocRoom): State {
    let s = this.states.get(room);
    if (!s) {
      s = { timer: null, since: Date.now(), dirty: false, running: null, lastHash: null };
      this.states.set(room, s);
    }
    return s;
  }
}
