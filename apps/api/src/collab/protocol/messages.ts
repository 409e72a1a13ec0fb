import { COLLAB_MESSAGE } from '@parallax/doc';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** Encodes `[sync][step 1][state vector of doc]`: asks the peer for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.SYNC);
  syncProtocol.writeSyncStep1(e, doc);
  return encoding.toUint8Array(e);
}

/** Encodes `[sync][step 2][update]`: the part of `doc` the peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.SYNC);
  syncProtocol.writeSyncStep2(e, doc, stateVector);
  return encoding.toUint8Array(e);
}

/**
 * Encodes `[sync][step 2][update]` around an already encoded update that holds the whole doc (a stored
 * snapshot), for a peer whose state vector is empty: the same answer as {@link encodeSyncStep2}, without
 * encoding the doc again.
 */
export function encodeSyncStep2OfUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.SYNC);
  encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** Encodes `[sync][update][bytes]`: a change to relay. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.SYNC);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

/** Encodes `[awareness][awareness update]` for the given clients of an awareness instance. */
export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return encodeAwarenessBytes(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}

/** Wraps an already encoded awareness update as a message. */
export function encodeAwarenessBytes(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** Encodes `[ack][n]`: the sender's first `n` update-carrying messages are stored. */
export function encodeAck(count: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.ACK);
  encoding.writeVarUint(e, count);
  return encoding.toUint8Array(e);
}
