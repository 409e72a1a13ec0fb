/** Node socket errors that mean the database server cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
/** Prisma's codes for "cannot reach / timed out / pool exhausted / server closed the connection". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const MESSAGES =
  /ECONNREFUSED|Connection terminated|terminating connection|Can't reach database server|the database system is (starting up|shutting down)|Timed out fetching a new connection|Server has closed the connection|DatabaseNotReachable/i;

/**
 * True when `err` (or anything in its `cause` / `originalError` chain) says the database is unreachable —
 * an outage, not a bad request: reported as SERVICE_UNAVAILABLE so clients retry instead of blaming input.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      errorCode?: unknown;
      message?: unknown;
      name?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    const code = typeof e.code === 'string' ? e.code : typeof e.errorCode === 'string' ? e.errorCode : '';
    if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P03') return true;
    if (e.name === 'PrismaClientInitializationError') return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}
