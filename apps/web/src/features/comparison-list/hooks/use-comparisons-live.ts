import { useApolloClient, useSubscription } from '@apollo/client/react';
import { ComparisonsDocument, LibraryArticlesDocument, WorkspaceComparisonsChangedDocument } from '../../../gql/graphql';

/**
 * Keeps a workspace's comparison lists current while they are shown: when anyone renames a comparison its
 * cached title changes in place; when one is created or deleted the lists (and the articles' "used by"
 * counts) refetch, and a deleted one leaves the cache, so no reload is needed.
 */
export function useComparisonsLive(workspaceId: string | null): void {
  const client = useApolloClient();
  useSubscription(WorkspaceComparisonsChangedDocument, {
    variables: { workspaceId: workspaceId! },
    skip: !workspaceId,
    onData: ({ data }) => {
      const change = data.data?.workspaceComparisonsChanged;
      if (!change) return;
      const id = client.cache.identify({ __typename: 'Comparison', id: change.comparisonId });
      if (change.kind === 'RENAMED') {
        client.cache.modify({ id, fields: { title: () => change.title } });
        return;
      }
      if (change.kind === 'DELETED') {
        client.cache.evict({ id });
        client.cache.gc();
      }
      void client.refetchQueries({ include: [ComparisonsDocument, LibraryArticlesDocument] });
    },
  });
}
