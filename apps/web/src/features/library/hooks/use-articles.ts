import { useQuery } from '@apollo/client/react';
import { LibraryArticlesDocument } from '../../../gql/graphql';

const PAGE = 50;

/** A workspace's articles, newest first, filtered by a search, with "load more" pagination. */
export function useArticles(workspaceId: string | null, search: string) {
  const { data, loading, error, fetchMore } = useQuery(LibraryArticlesDocument, {
    variables: { workspaceId: workspaceId!, first: PAGE, search: search.trim() || null },
    skip: !workspaceId,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.articles;
  return {
    articles: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading,
    firstLoad: loading && !data,
    error,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
  };
}
