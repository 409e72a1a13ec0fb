import { useMutation, useQuery } from '@apollo/client/react';
import { ArticleDetailDocument, UpdateArticleDocument, type UpdateArticleInput } from '../../../gql/graphql';

/** One article with its sentences and dropped lines, and the correction of its fields or lines. */
export function useArticle(articleId: string) {
  const { data, loading, error } = useQuery(ArticleDetailDocument, { variables: { id: articleId } });
  const [update, updateState] = useMutation(UpdateArticleDocument);
  return {
    article: data?.article ?? null,
    loading: loading && !data,
    error,
    update: async (input: UpdateArticleInput) => (await update({ variables: { id: articleId, input } })).data?.updateArticle ?? null,
    updating: updateState.loading,
    updateError: updateState.error ?? null,
  };
}
