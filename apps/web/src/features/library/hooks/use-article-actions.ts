import { useMutation } from '@apollo/client/react';
import { DeleteArticleDocument, LibraryArticlesDocument, RenameArticleDocument } from '../../../gql/graphql';

/** Renaming (the headline) and deleting articles; a delete the server refuses keeps its message for the dialog. */
export function useArticleActions() {
  const [rename, renameState] = useMutation(RenameArticleDocument);
  const [remove, removeState] = useMutation(DeleteArticleDocument, { refetchQueries: [LibraryArticlesDocument] });
  return {
    rename: async (id: string, headline: string) => (await rename({ variables: { id, headline } })).data?.updateArticle ?? null,
    renaming: renameState.loading,
    renameError: renameState.error ?? null,
    remove: async (id: string) => (await remove({ variables: { input: { id } } })).data?.deleteArticle ?? null,
    removing: removeState.loading,
    removeError: removeState.error ?? null,
    reset: () => {
      renameState.reset();
      removeState.reset();
    },
  };
}
