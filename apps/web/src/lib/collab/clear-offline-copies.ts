/** The IndexedDB name prefix of the offline copies of comparison docs. */
export const OFFLINE_DB_PREFIX = 'parallax:comparison:';

/**
 * The IndexedDB database of cached comparison articles (see comparison-data-cache.ts). It shares the
 * prefix (comparison ids are uuids, so no doc copy has this name), which is what makes sign-out clear it.
 */
export const COMPARISON_DATA_DB = `${OFFLINE_DB_PREFIX}articles`;

/**
 * Deletes every offline copy of a comparison kept in this browser (docs and cached articles), so signing out of a shared computer
 * leaves no newsroom material behind. Unsent offline edits are lost, which is what signing out means.
 */
export async function clearOfflineCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const dbs = await indexedDB.databases().catch(() => []);
  await Promise.all(
    dbs
      .filter((d) => d.name?.startsWith(OFFLINE_DB_PREFIX))
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.deleteDatabase(d.name!);
            req.onsuccess = req.onerror = req.onblocked = () => resolve();
          }),
      ),
  );
}

/**
 * Whether this browser may hold an offline copy of a comparison's doc (its database exists; whether it holds a
 * synced doc is known only once loaded). False where IndexedDB cannot list its databases.
 */
export async function mayHaveOfflineCopy(comparisonId: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  const dbs = await indexedDB.databases().catch(() => []);
  return dbs.some((d) => d.name === OFFLINE_DB_PREFIX + comparisonId);
}
