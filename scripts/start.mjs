#!/usr/bin/env node
// `npm start`: build everything (turbo skips what is up to date), then run the API, which serves the web
// app, GraphQL and collab on one port and starts the embedded Postgres unless DATABASE_URL is set.
//
// The API is supervised: if it dies (out of memory, a crash, its embedded database killed), it is started
// again after a short backoff, so one bad request cannot take the product down for good. It is not
// restarted when it stopped on purpose (Ctrl-C / SIGTERM), for a configuration error (exit 78), or when it
// keeps crashing (5 times within a minute): then something needs a person.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const CONFIG_ERROR = 78;
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 60_000;

if (!process.env.SKIP_BUILD) {
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let api = null;
let stopping = false;
const crashes = [];

function run() {
  api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { cwd: root, stdio: 'inherit', env });
  api.on('exit', (code, signal) => {
    if (stopping) process.exit(code ?? 0);
    if (code === 0 || code === CONFIG_ERROR) process.exit(code);
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length >= MAX_CRASHES) {
      console.error(`[parallax] the API crashed ${crashes.length} times within a minute; giving up.`);
      process.exit(code ?? 1);
    }
    const delay = 500 * 2 ** (crashes.length - 1);
    console.error(`[parallax] the API exited (${signal ?? `code ${code}`}); restarting in ${delay} ms.`);
    setTimeout(run, delay);
  });
}

// Forward Ctrl-C / SIGTERM so the API can stop the embedded database cleanly before we exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (api && api.exitCode === null && api.signalCode === null) api.kill(signal);
    else process.exit(0);
  });
}
run();
