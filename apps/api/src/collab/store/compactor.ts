import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../infra/logging/logger.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { COLLAB_SETTINGS, type CollabSettings } from '../collab.config.js';
import { docLockKey } from './advisory-lock.js';
import { StateFolder } from './state-folder.js';
import { readStoredDoc, type StoredDoc } from './update-log.store.js';

/** What one compaction did. */
export interface CompactionResult {
  folded: number;
  deleted: number;
  snapshotBytes: number;
  lastUpdateId: bigint;
}

/**
 * Folds a doc's update log into its snapshot, in the background, without stalling live editing:
 *
 * 1. read the snapshot and the log after it (one consistent statement, no lock);
 * 2. fold them on a worker thread (the CPU-heavy part never blocks the event loop);
 * 3. in a short transaction under the doc's exclusive advisory lock — which waits for in-flight appends
 *    (they hold it shared) — check that the log range read is still exactly what is committed (an append
 *    in flight during step 1 could have drawn a lower id and committed later; folding past it would lose
 *    it) and that nobody compacted meanwhile; then write the snapshot and delete old rows. If the check
 *    fails the run is dropped and a later one retries.
 *
 * Compacted rows are kept for COLLAB_LOG_RETENTION_HOURS (who changed what) and then deleted; loads skip
 * them either way.
 */
@Injectable()
export class Compactor {
  private readonly running = new Map<string, Promise<CompactionResult | null | false>>();
  private readonly folder = new StateFolder();

  constructor(
    private readonly prisma: PrismaService,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /**
   * Compacts one doc; concurrent calls for the same doc share one run. Resolves with what it did, null when
   * there was nothing to fold, or false when it failed or raced (logged; the log stays as it is, a later
   * run retries). Never throws.
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

  /** Waits for running compactions, then stops the fold worker (shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.running.values()]);
    await this.folder.close();
  }

  private async run(comparisonId: string): Promise<CompactionResult | null | false> {
    const stored = await readStoredDoc(this.prisma, comparisonId);
    if (stored.updates.length === 0) return null;
    const state = await this.folder.fold(stored.snapshot, stored.updates);
    return this.commit(comparisonId, stored, state);
  }

  private commit(comparisonId: string, stored: StoredDoc, state: Uint8Array): Promise<CompactionResult | false> {
    const retentionSecs = this.settings.logRetentionHours * 3600;
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${docLockKey(comparisonId)})`;
        const [now] = await tx.$queryRaw<{ snap: bigint | null; n: bigint }[]>`
          SELECT (SELECT "lastUpdateId" FROM collab_snapshots WHERE "comparisonId" = ${comparisonId}::uuid) AS snap,
                 (SELECT count(*) FROM collab_updates WHERE "comparisonId" = ${comparisonId}::uuid
                    AND id > ${stored.snapshotUpdateId} AND id <= ${stored.lastUpdateId})::bigint AS n`;
        if (BigInt(now?.snap ?? 0n) !== stored.snapshotUpdateId || Number(now?.n) !== stored.updates.length) return false;
        await tx.$executeRaw`
          INSERT INTO collab_snapshots ("comparisonId", state, "lastUpdateId", "updatedAt")
          VALUES (${comparisonId}::uuid, ${Buffer.from(state)}, ${stored.lastUpdateId}, now())
          ON CONFLICT ("comparisonId") DO UPDATE SET state = EXCLUDED.state, "lastUpdateId" = EXCLUDED."lastUpdateId", "updatedAt" = now()`;
        const deleted = await tx.$executeRaw`
          DELETE FROM collab_updates WHERE "comparisonId" = ${comparisonId}::uuid AND id <= ${stored.lastUpdateId}
            AND "createdAt" < now() - make_interval(secs => ${retentionSecs}::double precision)`;
        return { folded: stored.updates.length, deleted, snapshotBytes: state.length, lastUpdateId: stored.lastUpdateId };
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  }
}
