import * as awarenessProtocol from 'y-protocols/awareness';
import type { CollabFanout } from '../fanout/collab-fanout.js';
import { encodeAwareness, encodeAwarenessBytes } from '../protocol/messages.js';
import { LEAVE_ORIGIN, REMOTE_ORIGIN, RoomPeer } from './room-peer.js';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * Presence for one room: the server-side Awareness (the server announces no state of its own), relayed to
 * every local peer and, when it comes from a local peer, published to the other instances. Awareness is
 * never persisted.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;

  constructor(
    doc: ConstructorParameters<typeof awarenessProtocol.Awareness>[0],
    private readonly comparisonId: string,
    private readonly peers: ReadonlySet<RoomPeer>,
    private readonly fanout: CollabFanout,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onUpdate(change, origin));
  }

  /** Applies a peer's awareness update (already decoded and checked). */
  receive(peer: RoomPeer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  /** Applies an awareness update from another instance. */
  receiveRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  /** Returns the message with every known state, or null when there is none (answer to query-awareness). */
  snapshotMessage(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length > 0 ? encodeAwareness(this.awareness, clients) : null;
  }

  /** Removes the states a leaving peer announced, so the others see it go. */
  removePeer(peer: RoomPeer): void {
    if (peer.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], LEAVE_ORIGIN);
  }

  /** Stops the awareness timer. */
  destroy(): void {
    this.awareness.destroy();
  }

  private onUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (origin instanceof RoomPeer) {
      added.forEach((id) => origin.awarenessIds.add(id));
      removed.forEach((id) => origin.awarenessIds.delete(id));
    }
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwarenessBytes(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
    if (origin !== REMOTE_ORIGIN) this.fanout.publishAwareness(this.comparisonId, update);
  }
}
