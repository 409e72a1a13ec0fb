import * as Y from 'yjs';
import { findDuplicateStructs } from './log-check.js';

// The checker the crash and scale-out tests rely on must itself be able to fail.
describe('findDuplicateStructs', () => {
  it('finds an update stored twice, and nothing in a clean log', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    const clean = updates.map((update, i) => ({ id: BigInt(i + 1), update }));
    expect(findDuplicateStructs(clean)).toEqual([]);
    const doubled = [...clean, { id: 3n, update: updates[0]! }];
    expect(findDuplicateStructs(doubled)).toEqual([{ client: doc.clientID, clock: 0, rows: [1n, 3n] }]);
  });
});
