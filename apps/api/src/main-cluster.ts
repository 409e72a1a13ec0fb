import cluster, { type Worker } from 'node:cluster';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.schema.js';
import { clusterRequest, serveClusterWorker, setWorkerPlace } from './infra/cluster/cluster-ipc.js';
import type { DatabaseHandle } from './infra/database/database-runtime.js';
import { DATABASE_LOST_EXIT_CODE, onStopSignal } from './main-process.js';
import { connectionCapsHandler } from './collab/server/connection-caps.js';
import { attemptCounterHandler } from './modules/auth/attempt-counter.js';

/** What a worker needs from the primary before it builds its app. */
interface WorkerInit {
  databaseUrl: string;
  /** Which of the `workerCount` workers this one is (rooms are served by one worker each, see otherOwnerOf). */
  workerIndex: number;
  workerCount: number;
  /** Comparisons seeded on this start, to align: given to the first worker only. */
  seededComparisons: string[];
}

type Serve = (config: AppConfig, log: Logger, databaseUrl: string, seededComparisons: string[]) => Promise<INestApplication>;

/**
 * The cluster primary: it owns the database (the embedded Postgres is started once, by it, before any worker),
 * forks API_WORKERS API processes that share its listening port (node:cluster hands connections round-robin),
 * relays their MessageBus (collab fan-out, GraphQL subscriptions, membership changes) and keeps the state that
 * must be one per machine (sign-in throttles, collab socket caps). When a worker dies unexpectedly, or the database does, it stops
 * everything and exits with that code, so the supervisor (`npm start`, systemd) restarts the whole product.
 */
export function runClusterPrimary(
  config: AppConfig,
  log: Logger,
  db: DatabaseHandle,
  seededComparisons: string[],
  announce: (url: string) => void,
): void {
  // A --max-semi-space-size given to node itself wins (the workers inherit it).
  const ownFlag = process.execArgv.some((a) => a.startsWith('--max-semi-space-size'));
  const semiSpace = config.API_WORKER_SEMI_SPACE_MB && !ownFlag ? [`--max-semi-space-size=${config.API_WORKER_SEMI_SPACE_MB}`] : [];
  cluster.setupPrimary({ serialization: 'advanced', execArgv: [...process.execArgv, ...semiSpace] });
  const attempts = attemptCounterHandler();
  const collabCaps = connectionCapsHandler(config.COLLAB_MAX_CONNECTIONS_PER_USER, config.COLLAB_MAX_CONNECTIONS_PER_COMPARISON);
  let stopping = false;
  let listening = 0;
  const workers: Worker[] = [];
  const stopWorkers = () =>
    Promise.all(
      workers.map((w) =>
        w.isDead() ? undefined : new Promise<void>((resolve) => (w.once('exit', () => resolve()), w.process.kill('SIGTERM'))),
      ),
    );
  const fail = async (code: number, why: Record<string, unknown>) => {
    if (stopping) return;
    stopping = true;
    log.fatal(why, 'stopping Parallax so the supervisor restarts it');
    setTimeout(() => process.exit(code), 15000).unref();
    await stopWorkers();
    await db.stop().catch(() => undefined);
    process.exit(code);
  };
  db.onLost?.((reason) => void fail(DATABASE_LOST_EXIT_CODE, { reason, msg: 'the database is gone' }));
  for (let i = 0; i < config.API_WORKERS; i++) {
    const worker = cluster.fork();
    workers.push(worker);
    const init: WorkerInit = {
      databaseUrl: db.url,
      workerIndex: i,
      workerCount: config.API_WORKERS,
      seededComparisons: i === 0 ? seededComparisons : [],
    };
    serveClusterWorker(worker, { init: () => init, attempts, 'collab-caps': collabCaps }, (index) => workers[index]);
    worker.once('listening', (address) => {
      if (++listening === config.API_WORKERS) announce(`http://${address.address ?? config.HOST}:${address.port}`);
    });
    worker.once('exit', (code, signal) => void fail(code || 1, { worker: worker.id, code, signal, msg: 'an API worker exited' }));
  }
  onStopSignal(log, async () => {
    stopping = true;
    await stopWorkers();
    await db.stop();
  });
}

/**
 * An API worker: asks the primary for the database URL (and the seeded comparisons, for the first worker),
 * serves on the shared port, and stops when told to, or at once when the primary is gone (its IPC channel closes).
 */
export async function runClusterWorker(config: AppConfig, log: Logger, serve: Serve): Promise<void> {
  // The primary is gone only when it crashed (a clean stop signals the workers first): end at once, as a
  // crash would, so the restarted product finds no half-stopped worker. Nothing is lost: an update is
  // stored before anyone sees it, and clients resend what was not acknowledged.
  process.once('disconnect', () => {
    log.error('the cluster primary is gone; exiting');
    process.exit(1);
  });
  const init = await clusterRequest<WorkerInit>('init', null);
  setWorkerPlace(init.workerIndex, init.workerCount);
  const app = await serve(config, log, init.databaseUrl, init.seededComparisons);
  onStopSignal(log, () => app.close());
}
