import { useApolloClient, useSubscription } from '@apollo/client/react';
import { ComparisonThreadLinksDocument, ThreadsChangedDocument, ThreadsDocument, ThreadTimelineDocument } from '../../../gql/graphql';

/**
 * Keeps every thread query of a workspace current: when any editor changes a thread (on any instance), the
 * thread lists, open timelines and "also in another event" links refetch.
 */
export function useThreadsLive(workspaceId: string | null): void {
  const client = useApolloClient();
  useSubscription(ThreadsChangedDocument, {
    variables: { workspaceId: workspaceId! },
    skip: !workspaceId,
    onData: ({ data }) => {
      if (!data.data?.threadsChanged) return;
      void client.refetchQueries({ include: [ThreadsDocument, ThreadTimelineDocument, ComparisonThreadLinksDocument] });
    },
  });
}
