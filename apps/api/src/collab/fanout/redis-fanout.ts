import { randomUUID } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CollabFanout, type MembershipChange, type RoomFanoutHandler } from './collab-fanout.js';
import type { MessageBus } from '../../infra/pubsub/message-bus.js';

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;

/**
 * Fan-out through the MessageBus (Redis pub/sub, or the cluster primary between the workers of one machine): one channel per loaded room (`<prefix>:collab:room:<id>`) carrying
 * `[kind][sender instance id][payload]`, one membership channel and one channel of deleted comparisons. An instance ignores its own messages.
 * Only the instance whose client sent an update stores it, and it publishes only after the commit; the
 * others apply and relay without storing, so the log holds each update once.
 */
export class RedisFanout extends CollabFanout {
  private readonly instanceId = randomUUID();
  private readonly roomHandlers = new Map<RoomFanoutHandler, (message: Buffer) => void>();

  constructor(private readonly bus: MessageBus) {
    super();
  }

  async subscribeRoom(comparisonId: string, handler: RoomFanoutHandler): Promise<void> {
    const listener = (message: Buffer) => this.dispatchRoom(message, handler);
    this.roomHandlers.set(handler, listener);
    await this.bus.subscribe(this.roomChannel(comparisonId), listener);
  }

  async unsubscribeRoom(comparisonId: string, handler: RoomFanoutHandler): Promise<void> {
    const listener = this.roomHandlers.get(handler);
    if (!listener) return;
    this.roomHandlers.delete(handler);
    await this.bus.unsubscribe(this.roomChannel(comparisonId), listener);
  }

  publishUpdate(comparisonId: string, update: Uint8Array): void {
    this.bus.publish(this.roomChannel(comparisonId), this.encode(KIND_UPDATE, update));
  }

  publishAwareness(comparisonId: string, update: Uint8Array): void {
    this.bus.publish(this.roomChannel(comparisonId), this.encode(KIND_AWARENESS, update));
  }

  publishMembership(change: MembershipChange): void {
    this.bus.publish(this.bus.channel('collab:membership'), JSON.stringify({ from: this.instanceId, ...change }));
  }

  async onMembership(handler: (change: MembershipChange) => void): Promise<void> {
    await this.bus.subscribe(this.bus.channel('collab:membership'), (message) => {
      const parsed = JSON.parse(message.toString()) as MembershipChange & { from: string };
      if (parsed.from === this.instanceId) return;
      if ('revokedCredential' in parsed) handler({ userId: parsed.userId, revokedCredential: parsed.revokedCredential });
      else handler({ workspaceId: parsed.workspaceId, userId: parsed.userId });
    });
  }

  publishDeletion(comparisonId: string): void {
    this.bus.publish(this.bus.channel('collab:deleted'), JSON.stringify({ from: this.instanceId, comparisonId }));
  }

  async onDeletion(handler: (comparisonId: string) => void): Promise<void> {
    await this.bus.subscribe(this.bus.channel('collab:deleted'), (message) => {
      const parsed = JSON.parse(message.toString()) as { from: string; comparisonId: string };
      if (parsed.from !== this.instanceId) handler(parsed.comparisonId);
    });
  }

  onResync(handler: () => void): void {
    this.bus.onReconnect(handler);
  }

  private roomChannel(comparisonId: string): string {
    return this.bus.channel(`collab:room:${comparisonId}`);
  }

  private encode(kind: number, payload: Uint8Array): Buffer {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, kind);
    encoding.writeVarString(e, this.instanceId);
    encoding.writeVarUint8Array(e, payload);
    return Buffer.from(encoding.toUint8Array(e));
  }

  private dispatchRoom(message: Buffer, handler: RoomFanoutHandler): void {
    const d = decoding.createDecoder(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    const kind = decoding.readVarUint(d);
    if (decoding.readVarString(d) === this.instanceId) return;
    const payload = decoding.readVarUint8Array(d);
    if (kind === KIND_UPDATE) handler.update(payload);
    else if (kind === KIND_AWARENESS) handler.awareness(payload);
  }
}
