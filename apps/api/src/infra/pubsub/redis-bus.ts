import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { MessageBus } from './message-bus.js';

type Handler = (message: Buffer) => void;

/**
 * The process's two Redis connections (one publishes, one subscribes) with per-channel handler sets, shared
 * by the collab fan-out and the GraphQL subscription engine. Channels are subscribed while at least one
 * handler wants them. After a reconnect, ioredis resubscribes on its own, but whatever was published while
 * the link was down is lost; `onReconnect` lets owners catch up from Postgres.
 */
export class RedisBus implements MessageBus {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private wasReady = false;

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    readonly prefix: string,
    private readonly log: Logger,
  ) {
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.dispatch(channel.toString(), message));
    sub.on('ready', () => {
      if (this.wasReady) this.reconnectHandlers.forEach((h) => h());
      this.wasReady = true;
    });
    for (const c of [pub, sub]) c.on('error', (err: Error) => log.warn({ err: err.message }, 'redis connection error'));
  }

  /** Connects both clients, or throws when Redis does not answer within `timeoutMs` (fail fast at boot). */
  static async connect(url: string, prefix: string, log: Logger, timeoutMs = 5000): Promise<RedisBus> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 3, enableOfflineQueue: true };
    const pub = new Redis(url, options);
    const sub = new Redis(url, options);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`Redis at ${url} did not answer within ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    try {
      await Promise.race([Promise.all([pub.connect(), sub.connect()]), timeout]);
    } catch (err) {
      pub.disconnect();
      sub.disconnect();
      throw err;
    }
    const bus = new RedisBus(pub, sub, prefix, log);
    bus.wasReady = true;
    return bus;
  }

  /** Returns the full channel name for a suffix, under the configured prefix. */
  channel(suffix: string): string {
    return `${this.prefix}:${suffix}`;
  }

  /** Adds a handler for a channel, subscribing to it first if nobody was. */
  async subscribe(channel: string, handler: Handler): Promise<void> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      set.add(handler);
      await this.sub.subscribe(channel);
      return;
    }
    set.add(handler);
  }

  /** Removes a handler, unsubscribing from the channel when it was the last. */
  async unsubscribe(channel: string, handler: Handler): Promise<void> {
    const set = this.handlers.get(channel);
    if (!set?.delete(handler) || set.size > 0) return;
    this.handlers.delete(channel);
    await this.sub.unsubscribe(channel).catch(() => undefined);
  }

  /** Publishes a message; failures are logged (subscribers catch up through onReconnect). */
  publish(channel: string, message: Buffer | string): void {
    this.pub.publish(channel, message).catch((err: Error) => this.log.warn({ err: err.message, channel }, 'redis publish failed'));
  }

  /** Runs a Lua script atomically on the publishing connection (shared counters such as connection caps). */
  async eval(script: string, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    return this.pub.eval(script, keys.length, ...keys, ...args);
  }

  /** Calls `handler` after every reconnect of the subscriber connection. */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.add(handler);
  }

  /** Closes both connections. */
  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.all([this.pub.quit().catch(() => undefined), this.sub.quit().catch(() => undefined)]);
  }

  private dispatch(channel: string, message: Buffer): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(message);
      } catch (err) {
        this.log.error({ err, channel }, 'redis message handler failed');
      }
    }
  }
}
