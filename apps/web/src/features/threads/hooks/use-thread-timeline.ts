import { useQuery } from '@apollo/client/react';
import { ThreadTimelineDocument } from '../../../gql/graphql';
import { useThreadsLive } from './use-threads-live';

/** One thread with its events, timeline and outlet summaries, kept live. */
export function useThreadTimeline(threadId: string, workspaceId: string) {
  const { data, loading, error } = useQuery(ThreadTimelineDocument, { variables: { id: threadId }, fetchPolicy: 'cache-and-network' });
  useThreadsLive(workspaceId);
  return { thread: data?.thread ?? null, loading: loading && !data, error };
}
