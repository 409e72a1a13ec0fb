import { Redis } from 'ioredis';
import { clusterRequest } from '../../infra/cluster/cluster-ipc.js';

/**
 * Fixed-window counters of attempts, by key. In memory for one instance; in Redis (INCR + PEXPIRE) when
 * REDIS_URL is set, so that several instances behind a load balancer share one budget per account and
 * per address instead of multiplying it.
 */
export interface AttemptCounter {
  /** Adds one attempt under `key`; returns the count in the current window and the ms until it resets. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  /** The count in the current window without adding to it. */
  peek(key: string): Promise<number>;
  /** Forgets `key` (a successful sign-in clears the account's failures). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Counters for a single instance. */
export class MemoryAttemptCounter implements AttemptCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowMs: number) {
    const now = Date.now();
    this.sweep(now);
    const w = this.windows.get(key);
    const current = w && w.resetAt > now ? w : { count: 0, resetAt: now + windowMs };
    current.count += 1;
    this.windows.set(key, current);
    return { count: current.count, resetInMs: current.resetAt - now };
  }

  async peek(key: string) {
    const w = this.windows.get(key);
    return w && w.resetAt > Date.now() ? w.count : 0;
  }

  async reset(key: string) {
    this.windows.delete(key);
  }

  async close() {}

  // Expired windows are dropped as we go, so the map stays as small as the live attackers.
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }
}

/** Counters shared by every instance through Redis. */
export class RedisAttemptCounter implements AttemptCounter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  async hit(key: string, windowMs: number) {
    const k = `${this.prefix}:attempts:${key}`;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(k).pexpire(k, windowMs, 'NX').pttl(k).exec()) as [unknown, number][];
    return { count: Number(count), resetInMs: Math.max(0, Number(ttl)) };
  }

  async peek(key: string) {
    return Number((await this.redis.get(`${this.prefix}:attempts:${key}`)) ?? 0);
  }

  async reset(key: string) {
    await this.redis.del(`${this.prefix}:attempts:${key}`);
  }

  async close() {
    this.redis.disconnect();
  }
}

type AttemptRequest = { op: 'hit'; key: string; windowMs: number } | { op: 'peek' | 'reset'; key: string };

/**
 * Counters of the API workers of one machine (API_WORKERS > 1 without Redis), kept by the cluster primary in
 * one MemoryAttemptCounter: the workers share one budget instead of multiplying it.
 */
export class ClusterAttemptCounter implements AttemptCounter {
  hit(key: string, windowMs: number) {
    return clusterRequest<{ count: number; resetInMs: number }>('attempts', { op: 'hit', key, windowMs } satisfies AttemptRequest);
  }

  peek(key: string) {
    return clusterRequest<number>('attempts', { op: 'peek', key } satisfies AttemptRequest);
  }

  async reset(key: string) {
    await clusterRequest('attempts', { op: 'reset', key } satisfies AttemptRequest);
  }

  async close() {}
}

/** The cluster primary's side of ClusterAttemptCounter. */
export function attemptCounterHandler(counter = new MemoryAttemptCounter()) {
  return (req: AttemptRequest) =>
    req.op === 'hit' ? counter.hit(req.key, req.windowMs) : req.op === 'peek' ? counter.peek(req.key) : counter.reset(req.key);
}
