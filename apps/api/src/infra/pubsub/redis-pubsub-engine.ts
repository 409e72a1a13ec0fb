import { PubSubEngine } from 'graphql-subscriptions';
import type { MessageBus } from './message-bus.js';

/**
 * A graphql-subscriptions engine over the MessageBus (Redis pub/sub, or the cluster primary), so a
 * subscriber on one instance hears events published on another. Payloads travel as JSON (dates become strings; resolvers revive them).
 */
export class RedisPubSubEngine extends PubSubEngine {
  private nextId = 0;
  private readonly subscriptions = new Map<number, { channel: string; listener: (message: Buffer) => void }>();

  constructor(private readonly bus: MessageBus) {
    super();
  }

  async publish(trigger: string, payload: unknown): Promise<void> {
    this.bus.publish(this.channel(trigger), JSON.stringify(payload));
  }

  async subscribe(trigger: string, onMessage: (payload: unknown) => void): Promise<number> {
    const id = ++this.nextId;
    const channel = this.channel(trigger);
    const listener = (message: Buffer) => onMessage(JSON.parse(message.toString()));
    this.subscriptions.set(id, { channel, listener });
    await this.bus.subscribe(channel, listener);
    return id;
  }

  unsubscribe(id: number): void {
    const sub = this.subscriptions.get(id);
    if (!sub) return;
    this.subscriptions.delete(id);
    void this.bus.unsubscribe(sub.channel, sub.listener);
  }

  private channel(trigger: string): string {
    return this.bus.channel(`gql:${trigger}`);
  }
}
