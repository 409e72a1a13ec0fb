/** A handler of the raw messages of one channel. */
export type BusHandler = (message: Buffer) => void;

/**
 * Publish/subscribe between the API processes serving one product, shared by the collab fan-out and the
 * GraphQL subscription engine: Redis across machines (RedisBus), or the cluster primary between the
 * workers of one machine (ClusterBus). A publisher hears its own messages, as with Redis.
 */
export interface MessageBus {
  /** Returns the full channel name for a suffix. */
  channel(suffix: string): string;
  /** Adds a handler for a channel. */
  subscribe(channel: string, handler: BusHandler): Promise<void>;
  /** Removes a handler. */
  unsubscribe(channel: string, handler: BusHandler): Promise<void>;
  /** Publishes a message, best effort. */
  publish(channel: string, message: Buffer | string): void;
  /** Calls `handler` after the link was lost and came back (messages in between are lost). */
  onReconnect(handler: () => void): void;
  /** Closes the link. */
  close(): Promise<void>;
}
