import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

// jest runs from the test/ workspace folder (npm -w / turbo set the cwd).
export const REPO_ROOT = path.resolve(process.cwd(), '..');
const MAIN = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');

/** A running Parallax product process (the built API serving web, GraphQL and collab). */
export interface RunningProduct {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Sends a signal and waits for the process to exit; returns its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[] }>;
}

/** A fresh, empty data folder the embedded Postgres can use (traversable by the postgres user). */
export function freshDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-product-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Removes a data folder made by freshDataDir. */
export function removeDataDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts `node apps/api/dist/main.js` exactly as `npm start` does, with only the given environment
 * (plus PATH/HOME), and resolves once it prints its URL.
 */
export async function startProduct(opts: { dataDir: string; env?: Record<string, string>; pgPort?: number }): Promise<RunningProduct> {
  const port = await freePort();
  const pgPort = opts.pgPort ?? (await freePort());
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    PORT: String(port),
    PARALLAX_DATA_DIR: opts.dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`product did not start in 60 s:\n${out}`)), 60000);
    const check = () => {
      if (out.includes('Parallax is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`product exited with ${code} before starting:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    dataDir: opts.dataDir,
    process: child,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
  };
}
