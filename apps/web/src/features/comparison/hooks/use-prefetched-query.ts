import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { getMainDefinition } from '@apollo/client/utilities';
import { useEffect, useState } from 'react';

/**
 * Queries that bypass Apollo's cache (a comparison's sentences and projected claims: megabytes, nothing to
 * share) can be started before the page that reads them has loaded: its route calls `prefetchQuery` as it
 * matches, while the page's chunk downloads, and the page's `usePrefetchedQuery` takes that request instead of
 * sending its own. A request is taken once, and only within `PREFETCH_TTL_MS`, so an answer is never stale; the
 * same request is not prefetched again within that time (a route may render several times).
 */
const PREFETCH_TTL_MS = 10_000;
const prefetched = new Map<string, { at: number; result: Promise<unknown>; taken: boolean }>();

function keyOf(document: TypedDocumentNode<unknown, never>, variables: OperationVariables): string {
  return `${getMainDefinition(document).name?.value ?? '?'}:${JSON.stringify(variables)}`;
}

function fetchNoCache<TData, TVars extends OperationVariables>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<TData> {
  return client
    .query({ query: document, variables, fetchPolicy: 'no-cache' } as ApolloClient.QueryOptions<TData, TVars>)
    .then((r) => r.data as TData);
}

/** Starts `document` now unless the same request is already waiting to be taken. */
export function prefetchQuery<TData, TVars extends OperationVariables>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): void {
  const now = Date.now();
  for (const [k, entry] of prefetched) if (now - entry.at >= PREFETCH_TTL_MS) prefetched.delete(k);
  const key = keyOf(document as TypedDocumentNode<unknown, never>, variables);
  if (prefetched.has(key)) return;
  const result = fetchNoCache(client, document, variables);
  result.catch(() => {}); // the taker sees the error; an untaken request must not be an unhandled rejection
  prefetched.set(key, { at: now, result, taken: false });
}

function take<TData>(key: string): Promise<TData> | null {
  const entry = prefetched.get(key);
  if (!entry || entry.taken || Date.now() - entry.at >= PREFETCH_TTL_MS) return null;
  entry.taken = true;
  return entry.result as Promise<TData>;
}

/** The answer of a no-cache query, taken from a prefetch when one is waiting; skipped while `skip`. */
export function usePrefetchedQuery<TData, TVars extends OperationVariables>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  skip = false,
): { data: TData | undefined; error: unknown; loading: boolean } {
  const client = useApolloClient();
  const key = keyOf(document as TypedDocumentNode<unknown, never>, variables);
  const [state, setState] = useState<{ key: string; data?: TData; error?: unknown } | null>(null);
  useEffect(() => {
    if (skip) return;
    let live = true;
    const result = take<TData>(key) ?? fetchNoCache(client, document, variables);
    result.then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
    // The key stands for the document and the variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, skip]);
  const current = state?.key === key ? state : null;
  return { data: current?.data, error: current?.error, loading: !skip && current === null };
}
