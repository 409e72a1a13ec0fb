import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { PrismaService } from '../infra/prisma/prisma.service.js';
import { ThreadSuggestionsService } from '../modules/threads/thread-suggestions.service.js';

/**
 * Proposes the threads between the seeded events (the Feb 2025 state visit and the Jan 2026 dialogue restate
 * several commitments), once they are aligned. Idempotent: threads already proposed are not proposed again.
 */
export async function suggestSeededThreads(app: INestApplicationContext, comparisonIds: string[], log?: Pick<Logger, 'info'>) {
  if (comparisonIds.length === 0) return [];
  const prisma = app.get(PrismaService);
  const suggestions = app.get(ThreadSuggestionsService);
  const workspaces = await prisma.comparison.findMany({
    where: { id: { in: comparisonIds } },
    select: { workspaceId: true },
    distinct: ['workspaceId'],
  });
  const runs = [];
  for (const { workspaceId } of workspaces) {
    const run = await suggestions.suggest(workspaceId, null);
    log?.info(
      { workspaceId, threads: run.created.length, found: run.found, ms: run.durationMs },
      'suggested threads between seeded events',
    );
    runs.push(run);
  }
  return runs;
}
