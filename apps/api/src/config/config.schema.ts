import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from './repo-root.js';

/** The demo password outside production (README, screenshots, the browser tests). */
const LOCAL_DEMO_PASSWORD = 'parallax';

const booleanFromEnv = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable Parallax reads, with its default. The README's configuration table mirrors
 * this schema; keep them in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PARALLAX_DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SEED_DEMO: booleanFromEnv.optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 30),
  MAX_REQUEST_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 * 1024),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  APP_ROLES: z
    .string()
    .default('graphql,collab')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['graphql', 'collab'])).min(1)),
  // API processes behind the one port (node:cluster; the primary owns the embedded Postgres): one per core, up to 4.
  API_WORKERS: z.coerce.number().int().min(1).max(16).default(Math.min(availableParallelism(), 4)),
  // Young-generation size of each API worker (V8's --max-semi-space-size, MB; 0 keeps V8's 16). A page of
  // articles allocates ~1 MB that dies within its request; with 20 requests in flight a 16 MB semi-space
  // promotes much of it, and garbage collection was a fifth of a worker's CPU. Costs up to 2× this in memory.
  API_WORKER_SEMI_SPACE_MB: z.coerce.number().int().min(0).max(256).default(32),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'letters, digits, ":", "_" or "-"')
    .default('parallax'),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  COLLAB_MAX_DOC_BYTES: z.coerce
    .number()
    .int()
    .min(4096)
    .default(32 * 1024 * 1024),
  COLLAB_RATE_MESSAGES_PER_SEC: z.coerce.number().int().min(1).default(120),
  COLLAB_RATE_BURST: z.coerce.number().int().min(1).default(600),
  COLLAB_RATE_BYTES_PER_SEC: z.coerce
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 * 1024),
  COLLAB_UNLOAD_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
  COLLAB_COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  COLLAB_LOG_RETENTION_HOURS: z.coerce
    .number()
    .min(0)
    .default(24 * 7),
  COLLAB_PROJECTION_DEBOUNCE_MS: z.coerce.number().int().min(0).default(300),
  COLLAB_PROJECTION_MAX_WAIT_MS: z.coerce.number().int().min(0).default(1000),
  COLLAB_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(20),
  COLLAB_MAX_CONNECTIONS_PER_COMPARISON: z.coerce.number().int().min(1).default(200),
  COLLAB_HEARTBEAT_MS: z.coerce.number().int().min(50).default(15_000),
  COLLAB_MAX_AWARENESS_BYTES: z.coerce
    .number()
    .int()
    .min(256)
    .default(8 * 1024),
  GRAPHQL_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  GRAPHQL_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(32 * 1024 * 1024),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  WEB_DIST_DIR: z.string().optional(),
  COOKIE_SECURE: booleanFromEnv.default(false),
  // URL import. Private, loopback and link-local addresses are refused unless their host (or host:port)
  // is listed here, e.g. "127.0.0.1:8080,intranet.example". Tests list their local server.
  IMPORT_FETCH_ALLOW: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9.\-_[\]:]+$/, 'hosts or host:port, comma-separated'))),
  IMPORT_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  IMPORT_FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  IMPORT_FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  // Parsing runs on worker threads; a page that takes longer or needs more memory is refused.
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(50).default(10_000),
  PARSE_MAX_MEMORY_MB: z.coerce.number().int().min(32).default(256),
  PARSE_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  /** Extra origins (besides the app's own) whose pages may open the sockets, e.g. a separate web host. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().replace(/\/+$/, ''))
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  /**
   * Which proxies in front of the app may say who the client is (X-Forwarded-For), for per-address sign-in
   * throttling and logs: off by default, so a client cannot pick its own address. `true` trusts every hop (only
   * behind a proxy that overwrites the header), a number trusts that many hops, or a comma-separated list of
   * addresses/subnets (`loopback`, `10.0.0.0/8`) trusts those proxies. Passed to Express's `trust proxy`.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((v, ctx): boolean | number | string[] => {
      if (['false', '0', 'no', ''].includes(v)) return false;
      if (['true', 'yes'].includes(v)) return true;
      if (/^\d+$/.test(v)) return Number(v);
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.every((s) => /^[0-9a-fA-F.:/]+$|^(loopback|linklocal|uniquelocal)$/.test(s))) return list;
      ctx.addIssue({ code: 'custom', message: 'true, false, a hop count, or comma-separated addresses/subnets' });
      return z.NEVER;
    }),
  AUTH_SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  AUTH_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(60),
  AUTH_THROTTLE_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
});

/** Validated configuration, derived defaults included. */
export type AppConfig = z.infer<typeof configSchema> & {
  dataDir: string;
  webDistDir: string;
  seedDemo: boolean;
  /**
   * The demo user's password: DEMO_PASSWORD, else the well-known `parallax` for local use, but in production
   * a random one (printed once at start): a known password must never open a production deployment.
   */
  demoPassword: string;
  usesEmbeddedDatabase: boolean;
};

/** Thrown at boot with one readable line per invalid variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment into an AppConfig, or throws ConfigError listing every problem at once. */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  if (result.data.NODE_ENV === 'production' && result.data.DEMO_PASSWORD === LOCAL_DEMO_PASSWORD) {
    throw new ConfigError([
      `DEMO_PASSWORD: "${LOCAL_DEMO_PASSWORD}" is public; choose another or leave it unset (a random one is generated)`,
    ]);
  }
  const root = findRepoRoot();
  const c = result.data;
  return {
    ...c,
    dataDir: path.resolve(c.PARALLAX_DATA_DIR ?? path.join(root, '.parallax-data')),
    webDistDir: path.resolve(c.WEB_DIST_DIR ?? path.join(root, 'apps', 'web', 'dist')),
    seedDemo: c.SEED_DEMO ?? c.NODE_ENV !== 'production',
    demoPassword: c.DEMO_PASSWORD ?? (c.NODE_ENV === 'production' ? randomBytes(12).toString('base64url') : LOCAL_DEMO_PASSWORD),
    usesEmbeddedDatabase: !c.DATABASE_URL,
  };
}

/** Parses this process's environment (the only read of process.env outside tests). */
export function configFromEnv(): AppConfig {
  return parseConfig(process.env);
}
