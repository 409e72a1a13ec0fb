import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Thrown when another running Parallax already uses the data folder. */
export class DataDirInUse extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another Parallax (pid ${pid}) is running on the data folder ${dataDir}. ` +
        'Stop it first, or give this one its own PARALLAX_DATA_DIR (or DATABASE_URL).',
    );
    this.name = 'DataDirInUse';
  }
}

/**
 * Claims a data folder for this process with a lock file holding its pid, so a second instance started on
 * the same folder refuses to start instead of treating the first one's live Postgres as a leftover of a
 * crash (and stopping it). A lock whose process is gone, or is no longer a node process, is stale (kill -9,
 * power loss) and is taken over. Returns a release function (called on a clean stop).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'parallax.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder !== process.pid && isLiveParallax(holder)) throw new DataDirInUse(dataDir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}; retry.`);
}

/** True when `pid` runs the API's main.js (pids are reused: another process with that pid is not us). */
function isLiveParallax(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .some((arg) => arg.endsWith('main.js'));
  } catch {
    // No /proc (macOS): a live process holding our lock is assumed to be Parallax.
    return true;
  }
}
