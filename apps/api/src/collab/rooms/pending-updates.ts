import * as Y from 'yjs';

/**
 * Returns true when applying the (decoded) update would leave structs pending: it starts past what the doc
 * has of some client, or refers (origin, right origin, parent) to an item that is neither in the doc nor in
 * the update. Yjs keeps such structs in memory, outside the doc, until the missing part arrives — which a
 * hostile client never sends — and re-merges them with every further pending update (quadratic), so the
 * room bounds them before applying, not after.
 */
export function wouldLeavePending(doc: Y.Doc, decoded: { structs: unknown[] }): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  const ranges = new Map<number, { start: number; end: number }>();
  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) return true;
    const { client, clock } = (s as Y.Item).id;
    const len = (s as Y.Item).length;
    const r = ranges.get(client);
    if (!r) ranges.set(client, { start: clock, end: clock + len });
    else r.end = Math.max(r.end, clock + len);
  }
  for (const [client, { start }] of ranges) if (start > (have.get(client) ?? 0)) return true;
  const known = (id: Y.ID | null) => {
    if (!id) return true;
    if (id.clock < (have.get(id.client) ?? 0)) return true;
    const r = ranges.get(id.client);
    return r !== undefined && id.clock >= r.start && id.clock < r.end;
  };
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    if (!known(s.origin) || !known(s.rightOrigin) || (s.parent instanceof Y.ID && !known(s.parent))) return true;
  }
  return false;
}

/** Bytes of structs and deletions the doc holds pending (waiting for missing dependencies). */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.length ?? 0) + (doc.store.pendingDs?.length ?? 0);
}
