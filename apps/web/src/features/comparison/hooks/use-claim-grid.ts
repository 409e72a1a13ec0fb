import { useQuery } from '@apollo/client/react';
import { ComparisonClaimGridDocument } from '../../../gql/graphql';
import type { ClaimGridColumns } from '../utils/projected-view';

/**
 * The comparison's projected claims (`claimGrid`), to draw the grid before the live doc has synced. Skipped
 * once the doc is ready (`skip`); like the comparison query it bypasses Apollo's cache (15,000 links).
 */
export function useClaimGrid(comparisonId: string, skip: boolean): ClaimGridColumns | null {
  const { data } = useQuery(ComparisonClaimGridDocument, { variables: { id: comparisonId }, fetchPolicy: 'no-cache', skip });
  return data?.comparison.id === comparisonId ? data.comparison.claimGrid : null;
}
