import { COLLAB_CLOSE, isChangeOrigin, migrateComparisonDoc } from '@parallax/doc';
import type { Logger } from 'pino';
import type { CollabFanout, RoomFanoutHandler } from '../fanout/collab-fanout.js';
import type { AwarenessEntry, DecodedUpdate } from '../protocol/decode-message.js';
import { encodeSyncStep1, encodeSyncStep2, encodeSyncStep2OfUpdate, encodeUpdate } from '../protocol/messages.js';
import { GroupCommit } from '../store/group-commit.js';
import type { LogEntry, StoredDoc, UpdateLogStore } from '../store/update-log.store.js';
import * as Y from 'yjs';
import { forgedAuthorship } from './authorship.js';
import { pendingBytes, wouldLeavePending } from './pending-updates.js';
import { RoomAwareness, type PresenceLimits } from './room-awareness.js';
import { LOAD_ORIGIN, REMOTE_ORIGIN, RoomPeer } from './room-peer.js';

/** What a room needs from the rest of the collab module. */
export interface RoomDeps {
  store: UpdateLogStore;
  fanout: CollabFanout;
  log: Logger;
  maxDocBytes: number;
  /** Bytes of updates that wait for missing dependencies the room holds at most (see pending-updates.ts). */
  maxPendingBytes: number;
  presence: PresenceLimits;
  /** Called after each stored batch of this room's own changes, with how many entries it held. */
  onStored(room: DocRoom, entries: number): void;
  /** Called after any change became visible (stored local change or remote change). */
  onChanged(room: DocRoom): void;
  /** Called once when the room gives up (a write failed for good); the registry forgets it. */
  onEvicted(room: DocRoom): void;
}

/** Thrown to callers of a room that was evicted while they waited. */
export class RoomUnavailable extends Error {
  constructor(comparisonId: string) {
    super(`The collab doc of comparison ${comparisonId} is unavailable; retry.`);
    this.name = 'RoomUnavailable';
  }
}

/**
 * One loaded comparison doc and its connected peers.
 *
 * Invariant — durable before visible: the live doc doubles as a staging area. A change (a peer's update
 * or a server transaction) is applied to it first, which tells us exactly what is new; the update the doc
 * emits is stored in `collab_updates` (group commit), and only after the commit is it relayed to other
 * peers, published to other instances and acknowledged. Anything else that exposes doc content (a sync
 * step 2 answer, a GraphQL read, a version, the projection) runs through {@link durable}, which waits
 * until nothing staged is unstored while holding back new changes, so no one ever sees an edit that a
 * crash could still lose.
 */
export class DocRoom implements RoomFanoutHandler {
  readonly doc = new Y.Doc();
  readonly peers = new Set<RoomPeer>();
  readonly presence: RoomAwareness;
  /** True when the doc was written by newer code: every peer is read-only and server writes fail. */
  readOnly = false;
  /** How long the initial load spent reading Postgres and applying the stored state (for logs and benches). */
  loadTimings = { readMs: 0, applyMs: 0 };
  /** How many times a whole-doc sync answer was encoded from the live doc (for benches and tests). */
  wholeDocEncodes = 0;
  /** Log entries after the snapshot (loaded plus stored since), to decide when to compact. */
  sinceCompaction = 0;
  private bytes = 0;
  /**
   * The sync step 2 answer for an empty state vector (a client's first sync), encoded once per doc state:
   * every new client asks for the whole doc, and encoding it afresh for each would let a few tiny step 1
   * frames make the server hold many copies of a large doc. Cleared by any change; only set from durable
   * state.
   */
  private fullStateAnswer: Uint8Array | null = null;
  private loaded = false;
  private evicted = false;
  private readonly beforeLoad: (() => void)[] = [];
  private readonly writer: GroupCommit<LogEntry>;
  private holds = 0;
  private held: (() => void)[] = [];

  private constructor(
    readonly comparisonId: string,
    readonly workspaceId: string,
    private readonly deps: RoomDeps,
  ) {
    this.presence = new RoomAwareness(this.doc, comparisonId, this.peers, deps.fanout, deps.presence);
    this.writer = new GroupCommit((entries) => deps.store.append(comparisonId, entries));
  }

  /**
   * Loads a room: subscribe to the other instances first (buffering what they send), then read the
   * snapshot and log, then migrate or initialise the doc, then apply the buffered changes. Subscribing
   * before reading matters: another instance publishes only after its commit, so a change is either in
   * what we read or in what we receive.
   */
  static async open(comparisonId: string, workspaceId: string, deps: RoomDeps): Promise<DocRoom> {
    const room = new DocRoom(comparisonId, workspaceId, deps);
    await deps.fanout.subscribeRoom(comparisonId, room);
    try {
      const started = performance.now();
      const stored = await deps.store.load(comparisonId);
      const read = performance.now();
      room.applyStored(stored, LOAD_ORIGIN);
      room.loadTimings = { readMs: round(read - started), applyMs: round(performance.now() - read) };
      room.doc.on('update', (update: Uint8Array, origin: unknown) => room.onDocUpdate(update, origin));
      room.readOnly = migrateComparisonDoc(room.doc).readOnly;
      room.loaded = true;
      room.beforeLoad.splice(0).forEach((apply) => apply());
      return room;
    } catch (err) {
      await room.close();
      throw err;
    }
  }

  /** The approximate encoded size of the doc (what a client downloads on first sync). */
  get size(): number {
    return this.bytes;
  }

  /** Adds a peer: asks it for what the server lacks and shows it who is here. */
  addPeer(peer: RoomPeer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    const presence = this.presence.snapshotMessage();
    if (presence) peer.send(presence);
  }

  /** Removes a peer and its presence. */
  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    this.presence.removePeer(peer);
  }

  /** The sync step 2 answer to a peer's step 1: what it lacks, from durable state only. */
  async syncStep2For(stateVector: Uint8Array): Promise<Uint8Array> {
    const wholeDoc = Y.decodeStateVector(stateVector).size === 0;
    if (wholeDoc && this.fullStateAnswer) return this.fullStateAnswer;
    return this.durable(() => {
      if (!wholeDoc) return encodeSyncStep2(this.doc, stateVector);
      if (!this.fullStateAnswer) {
        this.fullStateAnswer = encodeSyncStep2(this.doc, stateVector);
        this.wholeDocEncodes += 1;
      }
      return this.fullStateAnswer;
    });
  }

  /**
   * Takes a peer's update (already decoded): dropped for read-only peers and docs; refused when the doc
   * would outgrow its limit; otherwise staged, stored, then relayed and acknowledged (`seq` is the number
   * of update-carrying messages this peer has sent, this one included).
   */
  receiveUpdate(peer: RoomPeer, update: Uint8Array, decoded: DecodedUpdate, seq: number): void {
    if (peer.readOnly || this.readOnly) return;
    if (this.bytes + update.length > this.deps.maxDocBytes) {
      peer.close(COLLAB_CLOSE.DOC_TOO_LARGE, 'the doc would exceed its size limit');
      return;
    }
    this.admit(() => {
      const refusal = this.refusalOf(peer, update, decoded);
      if (refusal) {
        this.deps.log.warn({ comparisonId: this.comparisonId, userId: peer.userId, reason: refusal.reason }, 'collab update refused');
        peer.close(refusal.code, refusal.reason);
        return;
      }
      try {
        Y.applyUpdate(this.doc, update, peer);
      } catch (err) {
        this.deps.log.warn({ err, comparisonId: this.comparisonId }, 'collab update failed to apply');
        peer.close(COLLAB_CLOSE.BAD_MESSAGE, 'the update could not be applied');
        return;
      }
      // Structs waiting for a missing dependency are not in the emitted update; store the raw update so an
      // acknowledged change cannot be lost. Every update that leaves something pending is stored and
      // counted against the doc size limit (the memory they hold is bounded before applying).
      if (hasPendingStructs(this.doc)) this.stage(update, peer);
      void this.writer.barrier().then(() => {
        if (!this.evicted) peer.acknowledge(seq);
      });
    });
  }

  /**
   * Why a peer's update must not be applied, checked at apply time (the entries an overwrite replaces and
   * the dependencies it needs must be looked up in the doc as it is then): forged authorship, or more
   * bytes waiting for missing dependencies than the room holds.
   */
  private refusalOf(peer: RoomPeer, update: Uint8Array, decoded: DecodedUpdate): { code: number; reason: string } | null {
    const forged = forgedAuthorship(this.doc, decoded, { userId: peer.userId, name: peer.userName });
    if (forged) return { code: COLLAB_CLOSE.FORGED_IDENTITY, reason: `refused: ${forged}`.slice(0, 100) };
    if (wouldLeavePending(this.doc, decoded) && pendingBytes(this.doc) + update.length > this.deps.maxPendingBytes) {
      return { code: COLLAB_CLOSE.DOC_TOO_LARGE, reason: 'too many changes wait for changes the server never received' };
    }
    return null;
  }

  /** Applies a peer's awareness update (closed when it claims someone else's presence). */
  receiveAwareness(peer: RoomPeer, update: Uint8Array, entries: AwarenessEntry[]): void {
    const screened = this.presence.screen(peer, entries);
    if ('refusal' in screened) {
      this.deps.log.warn({ comparisonId: this.comparisonId, userId: peer.userId, reason: screened.refusal }, 'collab presence refused');
      peer.close(COLLAB_CLOSE.FORGED_IDENTITY, screened.refusal);
      return;
    }
    this.presence.receive(peer, update, screened.accepted, screened.accepted.length === entries.length);
  }

  /**
   * Runs a server-side change as one transaction with `origin` (a ChangeOrigin) and resolves with its
   * result once the change is stored (it is relayed to peers right after). Throws what `fn` throws.
   */
  async transact<T>(origin: unknown, fn: (doc: Y.Doc) => T): Promise<T> {
    const result = await new Promise<T>((resolve, reject) =>
      this.admit(
        () => {
          try {
            resolve(this.doc.transact(() => fn(this.doc), origin));
          } catch (err) {
            reject(err);
          }
        },
        () => reject(new RoomUnavailable(this.comparisonId)),
      ),
    );
    await this.writer.barrier();
    if (this.evicted) throw new RoomUnavailable(this.comparisonId);
    return result;
  }

  /**
   * Runs `fn` against durable state: holds back new changes, waits until every staged change is stored,
   * runs `fn` synchronously, then lets the held changes in. Progress is guaranteed: at most the batches
   * already queued are waited for.
   */
  async durable<T>(fn: () => T): Promise<T> {
    this.holds += 1;
    try {
      await this.writer.whenIdle();
      if (this.evicted) throw new RoomUnavailable(this.comparisonId);
      return fn();
    } finally {
      this.holds -= 1;
      if (this.holds === 0) this.held.splice(0).forEach((run) => run());
    }
  }

  /** A change another instance stored (Redis): apply it; the update event relays what was new. */
  update(update: Uint8Array): void {
    if (!this.loaded) this.beforeLoad.push(() => this.update(update));
    else if (!this.evicted) Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  /** Presence from another instance. */
  awareness(update: Uint8Array): void {
    if (this.loaded && !this.evicted) this.presence.receiveRemote(update);
  }

  /** Re-reads the stored doc and applies what this instance missed (after a Redis reconnect). */
  async catchUp(): Promise<void> {
    const stored = await this.deps.store.load(this.comparisonId);
    if (!this.evicted) this.applyStored(stored, REMOTE_ORIGIN);
  }

  /** Waits for every staged change to be stored (before unloading or on shutdown). */
  flush(): Promise<void> {
    return this.writer.whenIdle();
  }

  /** Closes every peer with `code` and releases the doc; the room cannot be used afterwards. */
  async close(code: number = COLLAB_CLOSE.SHUTTING_DOWN, reason = 'the server is shutting down'): Promise<void> {
    for (const peer of [...this.peers]) peer.close(code, reason);
    this.peers.clear();
    await this.deps.fanout.unsubscribeRoom(this.comparisonId, this).catch(() => undefined);
    this.presence.destroy();
    this.doc.destroy();
  }

  private applyStored(stored: StoredDoc, origin: symbol): void {
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, origin);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update, origin);
    }, origin);
    if (origin === LOAD_ORIGIN) {
      this.sinceCompaction = stored.updates.length;
      // The stored bytes bound the encoded doc from above; encoding it here would cost as much as the load.
      this.bytes = (stored.snapshot?.length ?? 0) + stored.updates.reduce((sum, u) => sum + u.length, 0);
      // A compacted doc with nothing logged after its snapshot is exactly that snapshot: the first client's
      // whole-doc answer wraps the stored (durable) bytes instead of re-encoding a doc of megabytes. Any
      // later change, including the migration that runs right after this load, clears it.
      if (stored.snapshot && stored.updates.length === 0) this.fullStateAnswer = encodeSyncStep2OfUpdate(stored.snapshot);
    }
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.fullStateAnswer = null;
    if (origin === REMOTE_ORIGIN) {
      this.bytes += update.length;
      this.broadcast(encodeUpdate(update), null);
      this.deps.onChanged(this);
      return;
    }
    this.stage(update, origin);
  }

  /** Stores a local change, then makes it visible: relay, publish, changed. */
  private stage(update: Uint8Array, origin: unknown): void {
    this.bytes += update.length;
    this.writer.enqueue(logEntry(update, origin)).then(
      () => {
        if (this.evicted) return;
        this.broadcast(encodeUpdate(update), origin instanceof RoomPeer ? origin : null);
        this.deps.fanout.publishUpdate(this.comparisonId, update);
        this.sinceCompaction += 1;
        this.deps.onStored(this, 1);
        this.deps.onChanged(this);
      },
      (err: unknown) => this.evict(err),
    );
  }

  private broadcast(message: Uint8Array, except: RoomPeer | null): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  /** Runs a change now, or after the current {@link durable} section; refuses once evicted. */
  private admit(run: () => void, refuse: () => void = () => undefined): void {
    if (this.evicted) return refuse();
    if (this.holds > 0) this.held.push(() => (this.evicted ? refuse() : run()));
    else run();
  }

  /**
   * Gives up on this room after a write failed for good: its doc holds changes that are not stored, so it
   * must not serve anyone. Peers are closed with a transient code; on reconnect they load the stored state
   * and resend what they have that it lacks.
   */
  private evict(err: unknown): void {
    if (this.evicted) return;
    this.evicted = true;
    this.deps.log.error({ err, comparisonId: this.comparisonId }, 'collab update could not be stored; evicting the room');
    this.writer.failPending(err);
    this.held.splice(0).forEach((run) => run());
    for (const peer of [...this.peers]) peer.close(COLLAB_CLOSE.PERSIST_FAILED, 'a change could not be stored');
    this.peers.clear();
    this.deps.onEvicted(this);
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function hasPendingStructs(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Attributes a change: a peer's user, or the user of a server-side ChangeOrigin. */
function logEntry(update: Uint8Array, origin: unknown): LogEntry {
  if (origin instanceof RoomPeer) return { update, authorId: origin.userId, origin: 'user' };
  if (isChangeOrigin(origin)) return { update, authorId: origin.userId ?? null, origin: origin.kind };
  return { update, authorId: null, origin: 'server' };
}
