import { COLLAB_MESSAGE } from '@parallax/doc';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** A message from a client, decoded and checked before anything acts on it. */
export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  /** Sync step 2 or an update: both carry a Yjs update to store and apply. */
  | { kind: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'query-awareness' };

/** The parsed structure of a Yjs update (what `Y.decodeUpdate` returns). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** One entry of an awareness update: a client id, its clock and its parsed state (null when it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
  /** Length of the state's JSON text, for the per-entry size limit. */
  bytes: number;
}

/** Thrown for a frame that is not a well-formed client message; the connection is closed for it. */
export class MalformedMessage extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MalformedMessage';
  }
}

/**
 * Decodes one binary frame. Everything is parsed here — the Yjs update structure, the state vector, the
 * awareness entries and their JSON — so that a truncated or hostile frame is refused before it can touch
 * the doc (a Yjs transaction cannot be rolled back) or reach the log. Trailing bytes are refused too: the
 * stock client never sends them.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after the message');
    return message;
  } catch (err) {
    if (err instanceof MalformedMessage) throw err;
    throw new MalformedMessage(err instanceof Error ? err.message : 'undecodable message');
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case COLLAB_MESSAGE.SYNC:
      return readSync(decoder);
    case COLLAB_MESSAGE.AWARENESS: {
      const update = decoding.readVarUint8Array(decoder);
      return { kind: 'awareness', update, entries: readAwarenessEntries(update) };
    }
    case COLLAB_MESSAGE.QUERY_AWARENESS:
      return { kind: 'query-awareness' };
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) {
    Y.decodeStateVector(payload);
    return { kind: 'sync-step1', stateVector: payload };
  }
  if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
    // Parses every struct and the delete set; throws on truncated or garbled content. The parsed structs
    // are kept: the authorship check reads them before the update is applied.
    return { kind: 'update', update: payload, decoded: Y.decodeUpdate(payload) };
  }
  throw new MalformedMessage(`unknown sync step ${step}`);
}

/** Parses an awareness update completely (client ids, clocks, JSON states) without applying it. */
function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const json = decoding.readVarString(d);
    entries.push({ clientId, clock, state: JSON.parse(json), bytes: json.length });
  }
  if (decoding.hasContent(d)) throw new MalformedMessage('trailing bytes in the awareness update');
  return entries;
}
