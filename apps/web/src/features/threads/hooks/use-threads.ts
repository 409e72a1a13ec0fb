import { useQuery } from '@apollo/client/react';
import { ThreadsDocument } from '../../../gql/graphql';
import { useThreadsLive } from './use-threads-live';

/** A workspace's suggested and accepted threads, kept live. */
export function useThreads(workspaceId: string) {
  const { data, loading, error } = useQuery(ThreadsDocument, { variables: { workspaceId }, fetchPolicy: 'cache-and-network' });
  useThreadsLive(workspaceId);
  return { threads: data?.threads ?? [], loading: loading && !data, error };
}
