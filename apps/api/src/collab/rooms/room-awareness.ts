import * as encoding from 'lib0/encoding';
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
   * Screens a peer's awareness entries. Presence is bound to the socket's user: an entry may only be changed
   * by the connection that announced it (or another connection of the same user: a tab that reconnected
   * before its old socket was noticed dead), its `user.id` must be that user, and one connection may own
   * only a few entries of bounded size. A hostile change is refused (the caller closes the socket); entries
   * that would not change anything are dropped, because the stock client echoes every entry it hears
   * (including its own expiry of other people's entries, which must not remove them here).
   */
  screen(peer: RoomPeer, entries: AwarenessEntry[]): { refusal: string } | { accepted: AwarenessEntry[] } {
    let owned = peer.awarenessIds.size;
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (entry.bytes > this.limits.maxEntryBytes) return { refusal: 'presence entry too large' };
      if (!this.wouldApply(entry)) continue;
      const owner = this.ownerOf(entry.clientId);
      const mine = owner === peer || (owner !== null && owner.userId === peer.userId);
      if (!mine) {
        const known = this.awareness.getStates().get(entry.clientId) as { user?: { id?: unknown } } | undefined;
        const someoneElses = owner !== null || (known?.user?.id !== undefined && known.user.id !== peer.userId);
        if (someoneElses && entry.state === null && this.clockOf(entry.clientId) === entry.clock) continue;
        if (someoneElses) return { refusal: "refused: another user's presence entry" };
        if (entry.state !== null && ++owned > this.limits.maxEntriesPerPeer) return { refusal: 'too many presence entries' };
      }
      const claimed = (entry.state as { user?: { id?: unknown } } | null)?.user?.id;
      if (claimed !== undefined && claimed !== peer.userId) return { refusal: 'refused: presence names another user' };
      accepted.push(entry);
    }
    return { accepted };
  }

  /** Applies a peer's awareness entries (already screened with {@link screen}). */
  receive(peer: RoomPeer, update: Uint8Array, entries: AwarenessEntry[], all: boolean): void {
    if (entries.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, all ? update : encodeEntries(entries), peer);
  }

  /** The rule of y-protocols' applyAwarenessUpdate: newer clock, or a removal at the same clock. */
  private wouldApply(entry: AwarenessEntry): boolean {
    const clock = this.clockOf(entry.clientId);
    return clock < entry.clock || (clock === entry.clock && entry.state === null && this.awareness.getStates().has(entry.clientId));
  }

  private clockOf(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? 0;
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

function encodeEntries(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}
