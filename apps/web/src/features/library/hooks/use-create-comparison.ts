import { useMutation } from '@apollo/client/react';
import { ComparisonsDocument, CreateComparisonDocument, LibraryArticlesDocument } from '../../../gql/graphql';

/** Creates a comparison of articles (the lists that show comparisons and article counts refetch). */
export function useCreateComparison(workspaceId: string) {
  const [create, state] = useMutation(CreateComparisonDocument, { refetchQueries: [ComparisonsDocument, LibraryArticlesDocument] });
  return {
    create: async (title: string, articleIds: string[], pivotArticleId: string | null = null) =>
      (await create({ variables: { workspaceId, title, articleIds, pivotArticleId } })).data?.createComparison ?? null,
    creating: state.loading,
    error: state.error ?? null,
  };
}
