import { createClaim, ORIGIN } from '@parallax/doc';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeClientMessage, MalformedMessage } from './decode-message.js';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe('decodeClientMessage', () => {
  const doc = new Y.Doc();
  createClaim(doc, { label: 'A claim' }, ORIGIN.user('u1'));
  const update = Y.encodeStateAsUpdate(doc);

  it('decodes the stock client messages', () => {
    expect(decodeClientMessage(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc)))).kind).toBe('sync-step1');
    expect(decodeClientMessage(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, update))))).toMatchObject({
      kind: 'update',
      update,
    });
    expect(decodeClientMessage(new Uint8Array([3]))).toEqual({ kind: 'query-awareness' });
    const awareness = frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(
        e,
        frame(
          (a) => (
            encoding.writeVarUint(a, 1),
            encoding.writeVarUint(a, 7),
            encoding.writeVarUint(a, 1),
            encoding.writeVarString(a, '{"user":{}}')
          ),
        ),
      );
    });
    expect(decodeClientMessage(awareness).kind).toBe('awareness');
  });

  it('refuses truncated updates, trailing bytes, unknown types and bad awareness JSON', () => {
    const full = frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, update)));
    const truncatedPayload = frame(
      (e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, update.subarray(0, update.length - 3))),
    );
    const badAwareness = frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(
        e,
        frame(
          (a) => (
            encoding.writeVarUint(a, 1),
            encoding.writeVarUint(a, 7),
            encoding.writeVarUint(a, 1),
            encoding.writeVarString(a, '{not json')
          ),
        ),
      );
    });
    for (const bad of [
      full.subarray(0, full.length - 1),
      truncatedPayload,
      new Uint8Array([...full, 0]),
      new Uint8Array([9]),
      new Uint8Array([0, 5, 0]),
      badAwareness,
      new Uint8Array(),
    ]) {
      expect(() => decodeClientMessage(bad)).toThrow(MalformedMessage);
    }
  });
});
