// Faults of the embedded database and of the process, against the built product: Postgres killed under the
// app, a second instance on the same data folder, a database outage seen by GraphQL, and `npm start`
// restarting a crashed API.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, freshDataDir, removeDataDir, REPO_ROOT, startProduct, stopAllProducts } from '../support/product.mjs';
import { gqlRaw, waitFor } from './support/fixtures.js';

const dirs: string[] = [];
afterAll(async () => {
  await stopAllProducts();
  dirs.forEach(removeDataDir);
});

function dataDir(): string {
  const d = freshDataDir();
  dirs.push(d);
  return d;
}

/** The pid of the embedded postmaster of a data folder (first line of its lock file). */
const postmasterPid = (dir: string) => Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('embedded Postgres faults', () => {
  it('a second instance on the same data folder refuses to start and leaves the first one running', async () => {
    const dir = dataDir();
    const first = await startProduct({ dataDir: dir, env: { SEED_DEMO: 'false' } });
    await expect(startProduct({ dataDir: dir, env: { SEED_DEMO: 'false' } })).rejects.toThrow(
      /Another Parallax \(pid \d+\) is running on the data folder/,
    );
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect(await first.stop()).toBe(0);
  }, 120_000);

  it('generates the superuser password per data folder (not the one in the source)', async () => {
    const dir = dataDir();
    const p = await startProduct({ dataDir: dir, env: { SEED_DEMO: 'false' } });
    const password = readFileSync(path.join(dir, 'pg-superuser-password'), 'utf8').trim();
    expect(password).not.toBe('parallax-local');
    expect(password.length).toBeGreaterThanOrEqual(24);
    const { Client } = await import('pg');
    const legacy = new Client({ host: '127.0.0.1', port: p.pgPort, user: 'postgres', password: 'parallax-local', database: 'postgres' });
    await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
    await p.stop();
  }, 120_000);

  it('SIGKILL of Postgres: the API exits non-zero, and another API on that database reports SERVICE_UNAVAILABLE', async () => {
    const dir = dataDir();
    const owner = await startProduct({ dataDir: dir, env: { SEED_DEMO: 'false' } });
    const password = readFileSync(path.join(dir, 'pg-superuser-password'), 'utf8').trim();
    const external = await startProduct({
      dataDir: dataDir(),
      env: { SEED_DEMO: 'false', DATABASE_URL: `postgresql://postgres:${password}@127.0.0.1:${owner.pgPort}/parallax` },
    });
    const signIn = `mutation { signIn(email: "x@example.test", password: "whatever-it-is") { token } }`;
    process.kill(postmasterPid(dir), 'SIGKILL');
    // SIGCONT asks nothing of a running process: this only waits for the API's own exit.
    expect(await owner.stop('SIGCONT')).toBe(75);
    await waitFor(async () => (await fetch(`${external.url}/healthz`)).status === 503, 'the outage to show on /healthz');
    const r = await gqlRaw(external, signIn);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const withToken = await gqlRaw(external, `{ workspaces { id } }`, {}, { authorization: 'Bearer plxs_whatever' });
    expect(withToken.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }, 120_000);

  it('npm start restarts the API when its Postgres is killed, and it serves again', async () => {
    const dir = dataDir();
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'start.mjs')], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/root',
        SKIP_BUILD: '1',
        PORT: String(port),
        PARALLAX_DATA_DIR: dir,
        EMBEDDED_PG_PORT: String(await freePort()),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      await waitFor(() => out.includes('Parallax is running at'), 'the first start', 60_000);
      process.kill(postmasterPid(dir), 'SIGKILL');
      await waitFor(() => out.includes('restarting in'), 'the supervisor to notice', 20_000);
      await waitFor(() => out.split('Parallax is running at').length > 2, 'the restart', 90_000);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 180_000);
});
