import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../infra/logging/logger';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { COLLAB_SETTINGS, type CollabSettings } from '../collab.config';
import { Y } from '../yjs.mjs';
import { docLockKey } from './advisory-lock';
import { readStoredDoc } from './update-log.store';

/** What one compaction did. */
export interface CompactionResult {
  folded: number;
  deleted: number;
  snapshotBytes: number;
  lastUpdateId: bigint;
}

/**
 * Folds a doc's update log into its snapshot, in the background. Runs under the doc's exclusive advisory
 * lock, which waits for in-flight appends (they hold it shared) and blocks new ones until the commit, so
 * every row with an id up to the new lastUpdateId is committed and folded. Compacted rows are kept for
 * COLLAB_LOG_RETENTION_HOURS (who changed what) and then deleted; loads skip them either way.
 */
@Injectable()
export class Compactor {
  private readonly running = new Map<string, Promise<CompactionResult | null | false>>();

  constructor(
    private readonly prisma: PrismaService,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /**
   * Compacts one doc; concurrent calls for the same doc share one run. Resolves with what it did, null when
   * there was nothing to fold, or false when it failed (logged; the log stays as it is). Never throws.
   */
  compact(comparisonId: string): Promise<CompactionResult | null | false> {
    const current = this.running.get(comparisonId);
    if (current) return current;
    const run = this.run(comparisonId)
      .catch((err: unknown) => {
        this.log.warn({ err, comparisonId }, 'collab compaction failed; the log stays as it is');
        return false as const;
      })
      .finally(() => this.running.delete(comparisonId));
    this.running.set(comparisonId, run);
    return run;
  }

  /** Resolves when every running compaction has finished (used on shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()]);
  }

  private run(comparisonId: string): Promise<CompactionResult | null> {
    const retentionMs = Math.round(this.settings.logRetentionHours * 3600_000);
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${docLockKey(comparisonId)})`;
        const stored = await readStoredDoc(tx, comparisonId);
        if (stored.updates.length === 0) return null;
        const state = foldState(stored.snapshot, stored.updates);
        await tx.$executeRaw`
          INSERT INTO collab_snapshots ("comparisonId", state, "lastUpdateId", "updatedAt")
          VALUES (${comparisonId}::uuid, ${Buffer.from(state)}, ${stored.lastUpdateId}, now())
          ON CONFLICT ("comparisonId") DO UPDATE SET state = EXCLUDED.state, "lastUpdateId" = EXCLUDED."lastUpdateId", "updatedAt" = now()`;
        const deleted = await tx.$executeRaw`
          DELETE FROM collab_updates WHERE "comparisonId" = ${comparisonId}::uuid AND id <= ${stored.lastUpdateId}
            AND "createdAt" < now() - make_interval(secs => ${retentionMs / 1000}::double precision)`;
        return { folded: stored.updates.length, deleted, snapshotBytes: state.length, lastUpdateId: stored.lastUpdateId };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }
}

/** Applies a snapshot and updates to a fresh doc and encodes the result (garbage-collected, so smaller). */
export function foldState(snapshot: Uint8Array | null, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      if (snapshot) Y.applyUpdate(doc, snapshot);
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
