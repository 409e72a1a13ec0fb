import type { ApolloClient } from '@apollo/client';
import { ComparisonClaimGridDocument, ComparisonWorkspaceDocument } from '../../gql/graphql';
import { mayHaveOfflineCopy } from '../../lib/collab/clear-offline-copies';
import { prefetchQuery } from './hooks/use-prefetched-query';

/**
 * Starts the comparison page's large queries, called by the route as it matches so they download while the
 * page's chunk does: its sentences, and on a first visit the projected claims drawn until the doc syncs (a
 * device holding an offline copy shows that instead, see useClaimGrid).
 */
export function prefetchComparison(client: ApolloClient, comparisonId: string): void {
  prefetchQuery(client, ComparisonWorkspaceDocument, { id: comparisonId });
  void mayHaveOfflineCopy(comparisonId).then((kept) => {
    if (!kept) prefetchQuery(client, ComparisonClaimGridDocument, { id: comparisonId });
  });
}
