import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { findRepoRoot } from '../../src/config/repo-root.js';
import { createPrismaClient } from '../../src/infra/prisma/prisma.service.js';
import { freePort } from './free-port.mjs';
import type { GqlResponse } from './test-app.js';

/** The built server (npm run build), as `npm start` runs it. */
const MAIN = path.join(findRepoRoot(), 'apps', 'api', 'dist', 'main.js');

/** dist/main.js running in a child process against the test database (API_WORKERS processes behind one port). */
export interface BuiltServer {
  url: string;
  process: ChildProcess;
  prisma: ReturnType<typeof createPrismaClient>;
  /** GraphQL over a new TCP connection each time, so that node:cluster hands consecutive calls to alternate workers. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  output(): string;
  close(): Promise<void>;
}

/** Starts dist/main.js with `env` on `port` (a free one by default) and resolves once it says it is running. */
export async function startBuiltServer(env: Record<string, string> = {}, port?: number): Promise<BuiltServer> {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: process.env.DATABASE_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${out}`)), 30_000);
    child.stdout!.on('data', () => {
      if (!out.includes('Parallax is running at')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${out}`));
    });
  });
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  return {
    url,
    process: child,
    prisma,
    gql: (query, variables, token) => postFresh(`${url}/graphql`, JSON.stringify({ query, variables }), token),
    output: () => out,
    async close() {
      await prisma.$disconnect();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function postFresh<T>(url: string, body: string, token?: string): Promise<GqlResponse<T>> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ...JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
