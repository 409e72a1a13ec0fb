import { Prisma } from '../../generated/prisma/client.js';

/**
 * The SQL expression of a comparison doc's advisory-lock key. Writers of the update log take it shared and
 * the compactor takes it exclusive, so the compactor never folds a log with an insert still in flight
 * (a row whose id is below the snapshot's lastUpdateId but committed after it would otherwise be lost).
 */
export function docLockKey(comparisonId: string): Prisma.Sql {
  return Prisma.sql`hashtextextended(${docLockName(comparisonId)}, 0)`;
}

/** The text hashed into that key (for statements written without Prisma: `hashtextextended($n::text, 0)`). */
export function docLockName(comparisonId: string): string {
  return `collab:${comparisonId}`;
}
