import { useEffect, useMemo, useState } from 'react';
import type { ComparisonWorkspaceQuery } from '../../../gql/graphql';
import {
  type CachedEntry,
  dropCachedComparison,
  readCachedComparison,
  writeCachedComparison,
} from '../../../lib/collab/comparison-data-cache';
import { errorCode } from '../../../lib/errors';

/**
 * The version of ComparisonWorkspace's shape; raise it whenever the query's fields change, so a copy stored
 * by an older build (e.g. `segments` objects before `segmentColumns`) is never read as the new shape.
 */
export const COMPARISON_CACHE_SHAPE = 2;

interface Loaded {
  comparisonId: string;
  entry: CachedEntry | null;
  parsed: ComparisonWorkspaceQuery | null;
}

/**
 * The comparison query's result for a repeat visit: the copy this user stored in IndexedDB last time, shown
 * until the network answers. A fresh answer equal to the copy returns the copy itself (same object, so
 * nothing re-renders); a different one replaces the copy. A refusal (gone, or no longer a member) drops it.
 */
export function useCachedComparison(
  comparisonId: string,
  userId: string | null,
  fresh: ComparisonWorkspaceQuery | undefined,
  error: unknown,
): ComparisonWorkspaceQuery | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void readCachedComparison(comparisonId).then((entry) => {
      if (!live) return;
      const usable = entry?.shape === COMPARISON_CACHE_SHAPE ? entry : null;
      setLoaded({ comparisonId, entry: usable, parsed: usable ? parseOrNull(usable.json) : null });
    });
    return () => {
      live = false;
    };
  }, [comparisonId]);

  const current = loaded?.comparisonId === comparisonId ? loaded : null;
  const freshJson = useMemo(() => (fresh ? JSON.stringify(fresh) : null), [fresh]);

  useEffect(() => {
    // Store once the cache was read (so an equal answer is not written again), for the signed-in user.
    if (!freshJson || !userId || !current || current.entry?.json === freshJson) return;
    void writeCachedComparison(comparisonId, { userId, json: freshJson, shape: COMPARISON_CACHE_SHAPE });
  }, [comparisonId, userId, freshJson, current]);

  useEffect(() => {
    const code = errorCode(error);
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'UNAUTHENTICATED') void dropCachedComparison(comparisonId);
  }, [comparisonId, error]);

  const mine = current?.parsed && userId !== null && current.entry?.userId === userId ? current.parsed : null;
  if (fresh) return mine && current?.entry?.json === freshJson ? mine : fresh;
  return error ? null : mine;
}

function parseOrNull(json: string): ComparisonWorkspaceQuery | null {
  try {
    return JSON.parse(json) as ComparisonWorkspaceQuery;
  } catch {
    return null;
  }
}
