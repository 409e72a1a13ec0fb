import * as awarenessProtocol from 'y-protocols/awareness';
import type { CollabFanout } from '../fanout/collab-fanout.js';
import type { AwarenessEntry } from '../protocol/decode-message.js';
import { encodeAwareness, encodeAwarenessBytes } from '../protocol/messages.js';
import { LEAVE_ORIGIN, REMOTE_ORIGIN, RoomPeer } from './room-peer.js';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Bounds on what one connection may announce. */
export interface PresenceLimits {
  /** Presence entries (awareness client ids) one connection may own; a browser tab uses one. */
  maxEntriesPerPeer: number;
  /** Size of one entry's JSON state. */
  maxEntryBytes: number;
}

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
    private readonly limits: PresenceLimits,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onUpdate(change, origin));
  }

  /**
   * Says why a peer's awareness entries are refused, or null. Presence is bound to the socket's user: an
   * entry may only be written by the connection that announced it first (or another connection of the same
   * user: a tab that reconnected before its old socket was noticed dead), its `user.id` must be that user,
   * and one connection may own only a few entries of bounded size.
   */
  refusalFor(peer: RoomPeer, entries: AwarenessEntry[]): string | null {
    let owned = peer.awarenessIds.size;
    for (const entry of entries) {
      if (entry.bytes > this.limits.maxEntryBytes) return 'presence entry too large';
      const owner = this.ownerOf(entry.clientId);
      if (owner && owner !== peer && owner.userId !== peer.userId) return "refused: another user's presence entry";
      // An entry announced through another instance has no local owner; its state names its user.
      const remote = owner ? undefined : (this.awareness.getStates().get(entry.clientId) as { user?: { id?: unknown } } | undefined);
      if (remote?.user?.id !== undefined && remote.user.id !== peer.userId) return "refused: another user's presence entry";
      if (!owner && entry.state !== null && ++owned > this.limits.maxEntriesPerPeer) return 'too many presence entries';
      const claimed = (entry.state as { user?: { id?: unknown } } | null)?.user?.id;
      if (claimed !== undefined && claimed !== peer.userId) return 'refused: presence names another user';
    }
    return null;
  }

  /** Applies a peer's awareness update (already decoded and checked with {@link refusalFor}). */
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

  private ownerOf(clientId: number): RoomPeer | null {
    for (const peer of this.peers) if (peer.awarenessIds.has(clientId)) return peer;
    return null;
  }

  /** Stops the awareness timer. */
  destroy(): void {
    this.awareness.destroy();
  }

  private onUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (origin instanceof RoomPeer) {
      // The writer owns what it announced or updated (a reconnected tab takes its entry over from the old socket).
      for (const id of [...added, ...updated]) {
        for (const other of this.peers) if (other !== origin) other.awarenessIds.delete(id);
        origin.awarenessIds.add(id);
      }
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
