import { useMutation } from '@apollo/client/react';
import { ComparisonsDocument, DeleteComparisonDocument, LibraryArticlesDocument, RenameComparisonDocument } from '../../../gql/graphql';

/** Renaming and deleting comparisons. A rename updates the cached comparison in place; a delete refetches lists. */
export function useComparisonActions() {
  const [rename, renameState] = useMutation(RenameComparisonDocument);
  // Articles show how many comparisons use them, which a delete changes.
  const [remove, removeState] = useMutation(DeleteComparisonDocument, { refetchQueries: [ComparisonsDocument, LibraryArticlesDocument] });
  return {
    rename: async (id: string, title: string) => (await rename({ variables: { input: { id, title } } })).data?.renameComparison ?? null,
    renaming: renameState.loading,
    renameError: renameState.error ?? null,
    remove: async (id: string) => (await remove({ variables: { input: { id } } })).data?.deleteComparison ?? null,
    removing: removeState.loading,
    removeError: removeState.error ?? null,
    reset: () => {
      renameState.reset();
      removeState.reset();
    },
  };
}
