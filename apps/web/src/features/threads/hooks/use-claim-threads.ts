import { useQuery } from '@apollo/client/react';
import { ComparisonThreadLinksDocument } from '../../../gql/graphql';

/** The threads that follow a claim of a comparison into other events ("also in 1 other event"). */
export function useClaimThreads(comparisonId: string, claimId: string) {
  const { data } = useQuery(ComparisonThreadLinksDocument, { variables: { id: comparisonId } });
  return (data?.comparison.threadLinks ?? []).filter((l) => l.claimId === claimId);
}
