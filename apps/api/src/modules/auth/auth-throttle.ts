import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { TooManyRequests } from '../../infra/errors/app-error.js';
import { isClusterWorker } from '../../infra/cluster/cluster-ipc.js';
import { ClusterAttemptCounter, MemoryAttemptCounter, RedisAttemptCounter, type AttemptCounter } from './attempt-counter.js';

/**
 * Throttles password guessing (OWASP ASVS 2.2.1): per account, failed sign-ins within a window lock that
 * account's password sign-in until the window ends — even with the right password, or a slow guesser would
 * eventually win; per client address, every sign-in and sign-up attempt counts, which bounds both guessing
 * across many accounts and mass account creation. Shared through Redis when it is configured, else through
 * the cluster primary between the API workers of one machine.
 */
@Injectable()
export class AuthThrottle implements OnModuleDestroy {
  private readonly counter: AttemptCounter;
  private readonly windowMs: number;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.counter = config.REDIS_URL
      ? new RedisAttemptCounter(config.REDIS_URL, config.REDIS_PREFIX)
      : isClusterWorker()
        ? new ClusterAttemptCounter()
        : new MemoryAttemptCounter();
    this.windowMs = config.AUTH_THROTTLE_WINDOW_SECONDS * 1000;
  }

  /** Counts an attempt from `ip`; throws TOO_MANY_REQUESTS over the address budget. */
  async attemptFrom(ip: string): Promise<void> {
    const { count, resetInMs } = await this.counter.hit(`ip:${ip}`, this.windowMs);
    if (count > this.config.AUTH_ATTEMPTS_PER_IP) throw tooMany('Too many attempts from your address.', resetInMs);
  }

  /** Throws TOO_MANY_REQUESTS while the account is locked by failed sign-ins. */
  async assertAccountOpen(email: string): Promise<void> {
    if ((await this.counter.peek(accountKey(email))) >= this.config.AUTH_SIGN_IN_FAILURES_PER_ACCOUNT) {
      throw tooMany('Too many failed sign-ins for this account; try again later.', this.windowMs);
    }
  }

  /** Records a failed sign-in for the account. */
  async failed(email: string): Promise<void> {
    await this.counter.hit(accountKey(email), this.windowMs);
  }

  /** Clears the account's failures after a successful sign-in. */
  async succeeded(email: string): Promise<void> {
    await this.counter.reset(accountKey(email));
  }

  async onModuleDestroy(): Promise<void> {
    await this.counter.close();
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

function tooMany(message: string, resetInMs: number): TooManyRequests {
  return new TooManyRequests(message, Math.max(1, Math.ceil(resetInMs / 1000)));
}
