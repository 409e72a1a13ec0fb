import { useQuery } from '@apollo/client/react';
import { ComparisonsDocument } from '../../../gql/graphql';

/** A workspace's comparisons, newest first. */
export function useComparisons(workspaceId: string | null) {
  const { data, loading, error } = useQuery(ComparisonsDocument, { variables: { workspaceId: workspaceId! }, skip: !workspaceId });
  return { comparisons: data?.comparisons ?? [], loading: loading && !data, error };
}
