import * as Y from 'yjs';
import type { Api } from './collab-fixtures.js';

/** A run of structs (client, clocks) stored in more than one log row. */
export interface DuplicateRange {
  client: number;
  clock: number;
  rows: bigint[];
}

/**
 * Decodes every stored update of a doc and returns the struct ranges that appear in more than one row.
 * An empty result means the log holds each change once.
 */
export async function duplicateStructs(api: Api, comparisonId: string): Promise<DuplicateRange[]> {
  const rows = await api.prisma.collabUpdate.findMany({ where: { comparisonId }, orderBy: { id: 'asc' } });
  return findDuplicateStructs(rows);
}

/** Returns the struct ranges that appear in more than one of the given stored updates. */
export function findDuplicateStructs(rows: { id: bigint; update: Uint8Array }[]): DuplicateRange[] {
  const ranges: { client: number; start: number; end: number; row: bigint }[] = [];
  for (const row of rows) {
    for (const s of Y.decodeUpdate(row.update).structs) {
      if (s.constructor.name === 'Skip') continue;
      ranges.push({ client: s.id.client, start: s.id.clock, end: s.id.clock + s.length, row: row.id });
    }
  }
  ranges.sort((a, b) => a.client - b.client || a.start - b.start);
  const duplicates: DuplicateRange[] = [];
  for (let i = 1; i < ranges.length; i++) {
    const [prev, cur] = [ranges[i - 1]!, ranges[i]!];
    if (prev.client === cur.client && cur.start < prev.end)
      duplicates.push({ client: cur.client, clock: cur.start, rows: [prev.row, cur.row] });
  }
  return duplicates;
}

/** Rebuilds a doc from its stored snapshot and log, as a cold load would. */
export async function storedDoc(api: Api, comparisonId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const snapshot = await api.prisma.collabSnapshot.findUnique({ where: { comparisonId } });
  if (snapshot) Y.applyUpdate(doc, snapshot.state);
  const rows = await api.prisma.collabUpdate.findMany({ where: { comparisonId }, orderBy: { id: 'asc' } });
  for (const row of rows) Y.applyUpdate(doc, row.update);
  return doc;
}
