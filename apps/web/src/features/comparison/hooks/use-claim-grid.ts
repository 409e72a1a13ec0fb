import { ComparisonClaimGridDocument } from '../../../gql/graphql';
import type { ClaimGridColumns } from '../utils/projected-view';
import { usePrefetchedQuery } from './use-prefetched-query';

/**
 * The comparison's projected claims (`claimGrid`), to draw the grid before the live doc has synced. Skipped
 * once the doc is ready (`skip`); like the comparison query it bypasses Apollo's cache (15,000 links), and
 * the route starts it (see prefetchComparison).
 */
export function useClaimGrid(comparisonId: string, skip: boolean): ClaimGridColumns | null {
  const { data } = usePrefetchedQuery(ComparisonClaimGridDocument, { id: comparisonId }, skip);
  return data?.comparison.id === comparisonId ? data.comparison.claimGrid : null;
}
