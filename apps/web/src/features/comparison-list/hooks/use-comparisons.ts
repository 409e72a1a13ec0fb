import { useQuery } from '@apollo/client/react';
import { ComparisonsDocument } from '../../../gql/graphql';
import { useComparisonsLive } from './use-comparisons-live';

/** A workspace's comparisons, newest first, kept current live (renames and deletes by others). */
export function useComparisons(workspaceId: string | null) {
  useComparisonsLive(workspaceId);
  const { data, loading, error } = useQuery(ComparisonsDocument, { variables: { workspaceId: workspaceId! }, skip: !workspaceId });
  return { comparisons: data?.comparisons ?? [], loading: loading && !data, error };
}
