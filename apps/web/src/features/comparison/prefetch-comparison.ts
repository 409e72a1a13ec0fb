import type { ApolloClient } from '@apollo/client';
import { ComparisonClaimGridDocument, ComparisonWorkspaceDocument } from '../../gql/graphql';
import { prefetchQuery } from './hooks/use-prefetched-query';

/**
 * Starts the comparison page's two large queries (its sentences, and the projected claims drawn until the doc
 * syncs): called by the route as it matches, so they download while the page's chunk does.
 */
export function prefetchComparison(client: ApolloClient, comparisonId: string): void {
  prefetchQuery(client, ComparisonWorkspaceDocument, { id: comparisonId });
  prefetchQuery(client, ComparisonClaimGridDocument, { id: comparisonId });
}
