// Starts the built product (apps/api/dist/main.js) the way `npm start` does. Shared by the end-to-end
// tests in test/ and the benchmark scripts in bench/.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');

// Every product started and not yet exited, so a failed test cannot leave one running (and jest hanging).
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Kills every product still running; call from afterAll. */
export async function stopAllProducts() {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh, empty data folder the embedded Postgres can use (traversable by the postgres user). */
export function freshDataDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-product-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Removes a data folder made by freshDataDir. */
export function removeDataDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts the product with only the given environment (plus PATH/HOME) and resolves once it prints its URL.
 * @param {{ dataDir: string, env?: Record<string,string>, pgPort?: number, port?: number, nodeArgs?: string[] }} opts
 */
export async function startProduct(opts) {
  const port = opts.port ?? (await freePort());
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
  const started = Date.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  running.add(child);
  const exited = new Promise((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`product did not start in 60 s:\n${out}`)), 60000);
    child.stdout.on('data', () => {
      if (out.includes('Parallax is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`product exited with ${code} before starting:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    pgPort,
    dataDir: opts.dataDir,
    process: child,
    startedInMs: Date.now() - started,
    output: () => out,
    /** Sends a signal and waits for the process to exit; resolves to its exit code. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    /** Posts a GraphQL request and returns the parsed response. */
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

/** Signs in as the seeded demo user and returns the session token. */
export async function demoToken(product, password = 'parallax') {
  const res = await product.gql(`mutation($p: String!) { signIn(email: "demo@parallax.local", password: $p) { token } }`, { p: password });
  if (!res.data) throw new Error(`demo sign-in failed: ${JSON.stringify(res.errors)}`);
  return res.data.signIn.token;
}
