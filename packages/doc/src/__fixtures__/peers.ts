import * as Y from 'yjs';
import { initComparisonDoc } from '../schema.js';
import { userOrigin } from '../origin.js';
import { DocOperationError, type DocErrorCode } from '../errors.js';

export const alice = userOrigin('alice');
export const bob = userOrigin('bob');

/** A fresh, initialised doc. */
export function newDoc(): Y.Doc {
  const doc = new Y.Doc();
  initComparisonDoc(doc);
  return doc;
}

/** A second peer that starts from the same state as `doc`. */
export function fork(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

/** Exchanges missing updates between every pair of peers, as y-websocket sync would. */
export function sync(...docs: Y.Doc[]): void {
  for (const a of docs) {
    for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  }
}

/** Counts the updates a doc emits while `fn` runs. */
export function countUpdates(doc: Y.Doc, fn: () => void): number {
  let n = 0;
  const onUpdate = (): void => {
    n += 1;
  };
  doc.on('update', onUpdate);
  try {
    fn();
  } finally {
    doc.off('update', onUpdate);
  }
  return n;
}

/** Asserts that `fn` throws a DocOperationError with the code, and that the doc emitted no update. */
export function expectDocError(doc: Y.Doc, code: DocErrorCode, fn: () => unknown): void {
  let caught: unknown;
  const updates = countUpdates(doc, () => {
    try {
      fn();
    } catch (error) {
      caught = error;
    }
  });
  expect(caught).toBeInstanceOf(DocOperationError);
  expect((caught as DocOperationError).code).toBe(code);
  expect(updates).toBe(0);
}
