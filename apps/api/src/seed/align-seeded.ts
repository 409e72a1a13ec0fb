import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { AlignmentService } from '../modules/alignment/alignment.service.js';

/**
 * Auto-aligns the comparisons the seed created. It needs the running app because alignment is written
 * through each comparison's collaborative doc (the one writer of claims), not straight into tables.
 */
export async function alignSeededComparisons(app: INestApplicationContext, comparisonIds: string[], log?: Pick<Logger, 'info'>) {
  const alignment = app.get(AlignmentService);
  for (const id of comparisonIds) {
    const result = await alignment.autoAlign(id);
    log?.info({ comparisonId: id, claims: result.claimsProposed, ms: result.durationMs }, 'aligned seeded comparison');
  }
}
