import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { parseConfig } from '../../src/config/config.schema.js';
import { createApp } from '../../src/create-app.js';
import { createPrismaClient } from '../../src/infra/prisma/prisma.service.js';

/** A GraphQL response as sent over HTTP. */
export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** A running API on a random port, talking to the test database over real HTTP. */
export interface TestApp {
  app: NestExpressApplication;
  url: string;
  prisma: ReturnType<typeof createPrismaClient>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** Boots the real application (same createApp as main) against DATABASE_URL and listens on port 0. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set; the jest globalSetup starts the test database.');
  // Every test user signs up from 127.0.0.1: a per-address budget fit for production would refuse them.
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    DATABASE_URL: databaseUrl,
    AUTH_ATTEMPTS_PER_IP: '100000',
    ...env,
  });
  // Errors only: a failing boot or an unexpected resolver error shows up in the test output.
  const app = await createApp({ config, databaseUrl, log: pino({ level: 'error' }) });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const prisma = createPrismaClient(databaseUrl);
  return {
    app,
    url,
    prisma,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...(await res.json()) };
    },
    async close() {
      await prisma.$disconnect();
      await app.close();
    },
  };
}

let counter = 0;
/** A unique email for a test user, so tests never collide in the shared database. */
export function uniqueEmail(tag = 'user'): string {
  return `${tag}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}@test.parallax`;
}

/** Signs up a new user over GraphQL and returns the session token and user id. */
export async function signUpUser(t: TestApp, tag = 'user') {
  const email = uniqueEmail(tag);
  const res = await t.gql<{ signUp: { token: string; user: { id: string } } }>(
    `mutation($email: String!, $password: String!) { signUp(email: $email, password: $password, name: "Test User") { token user { id } } }`,
    { email, password: 'correct horse battery' },
  );
  if (!res.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  return { email, token: res.data.signUp.token, userId: res.data.signUp.user.id };
}
