import { Injectable } from '@nestjs/common';
import { readComparisonDoc, type ChangeOrigin, type ComparisonDocView } from '@parallax/doc';
import { mapDocError } from './doc-errors.js';
import { RoomRegistry } from './rooms/room-registry.js';
import { UpdateLogStore } from './store/update-log.store.js';
import * as Y from 'yjs';

/** A comparison's live Y.Doc, as handed to `transact` callbacks (features name it without importing Yjs). */
export type ComparisonDoc = Y.Doc;

/**
 * The server-side door to comparison docs, for GraphQL mutations, history, exports and the auto-aligner.
 * It does not authorise: callers check ComparisonPolicy first (EDITOR to write, VIEWER to read). It is
 * also the one place doc errors become domain errors (mapDocError), so no caller maps them again.
 */
@Injectable()
export class ComparisonDocService {
  constructor(
    private readonly rooms: RoomRegistry,
    private readonly store: UpdateLogStore,
  ) {}

  /**
   * Loads the doc if needed and runs `fn` on it as one Yjs transaction with `origin`, then resolves with
   * its result once the change is stored in the update log; connected editors receive it right after.
   * Use the operations of @parallax/doc inside `fn`; a DocOperationError they throw (they validate
   * before writing, so nothing was changed) is rethrown as the matching domain error.
   */
  async transact<T>(comparisonId: string, origin: ChangeOrigin, fn: (doc: Y.Doc) => T): Promise<T> {
    const lease = await this.rooms.acquire(comparisonId).catch(rethrowMapped);
    try {
      return await lease.room.transact(origin, fn).catch(rethrowMapped);
    } finally {
      lease.release();
    }
  }

  /** Returns the current (durable) state of the doc as plain JSON. */
  read(comparisonId: string): Promise<ComparisonDocView> {
    return this.withDurableDoc(comparisonId, (doc) => readComparisonDoc(doc));
  }

  /** Returns the encoded current (durable) state of the doc, e.g. to save a named version. */
  encodeState(comparisonId: string): Promise<Uint8Array> {
    return this.withDurableDoc(comparisonId, (doc) => Y.encodeStateAsUpdate(doc));
  }

  /**
   * Returns the encoded durable state of the doc and the newest log id it covers, to save a named version.
   * The id is read after the state, so it may cover a change made in between; restoring uses the state.
   */
  async captureState(comparisonId: string): Promise<{ state: Uint8Array; lastUpdateId: bigint }> {
    const state = await this.encodeState(comparisonId);
    return { state, lastUpdateId: await this.store.lastUpdateId(comparisonId) };
  }

  private async withDurableDoc<T>(comparisonId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const lease = await this.rooms.acquire(comparisonId).catch(rethrowMapped);
    try {
      return await lease.room.durable(() => fn(lease.room.doc)).catch(rethrowMapped);
    } finally {
      lease.release();
    }
  }
}

function rethrowMapped(err: unknown): never {
  throw mapDocError(err);
}

/** Decodes an encoded doc state (a stored version) into a plain view. */
export function viewOfState(state: Uint8Array): ComparisonDocView {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readComparisonDoc(doc);
  } finally {
    doc.destroy();
  }
}
