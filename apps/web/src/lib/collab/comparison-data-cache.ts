import { COMPARISON_DATA_DB } from './clear-offline-copies';

/**
 * A browser-side cache of one query result per comparison (its articles and sentences: megabytes that
 * hardly ever change), so a repeat visit can show the grid from IndexedDB while the network answers.
 * An entry remembers who stored it and is only handed back to that user; sign-out deletes the database.
 * Every failure (no IndexedDB, private mode, quota) degrades to "nothing cached".
 */
export interface CachedEntry {
  userId: string;
  /** The query result, as JSON text: parsed in one go and compared with a fresh answer cheaply. */
  json: string;
  /** The version of the query's shape it was stored with: an entry of another shape is ignored. */
  shape: number;
}

const STORE = 'results';

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const req = indexedDB.open(COMPARISON_DATA_DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = req.onblocked = () => resolve(null);
  });
}

async function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await openDb().catch(() => null);
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => {
        db.close();
        resolve(req.result ?? null);
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        resolve(null);
      };
    } catch {
      db.close();
      resolve(null);
    }
  });
}

/** The cached entry of a comparison, or null. */
export async function readCachedComparison(comparisonId: string): Promise<CachedEntry | null> {
  const value = await run<unknown>('readonly', (s) => s.get(comparisonId));
  const v = value as Partial<CachedEntry> | null;
  return v && typeof v.userId === 'string' && typeof v.json === 'string'
    ? { userId: v.userId, json: v.json, shape: typeof v.shape === 'number' ? v.shape : 0 }
    : null;
}

/** Stores (or replaces) the cached entry of a comparison. */
export async function writeCachedComparison(comparisonId: string, entry: CachedEntry): Promise<void> {
  await run('readwrite', (s) => s.put(entry, comparisonId));
}

/** Forgets a comparison (deleted, or no longer readable by this user). */
export async function dropCachedComparison(comparisonId: string): Promise<void> {
  await run('readwrite', (s) => s.delete(comparisonId));
}
