import { useMutation } from '@apollo/client/react';
import {
  ImportArticleDocument,
  LibraryArticlesDocument,
  PreviewImportDocument,
  UpdateImportedArticleDocument,
  type ImportArticleInput,
} from '../../../gql/graphql';

/**
 * The operations of a pasted import: preview what the importer extracts, then import (refreshing the
 * library) and restore the dropped lines the person picked. Failures stay in `error` for the form.
 */
export function usePasteImport() {
  const [preview, previewState] = useMutation(PreviewImportDocument);
  const [importOne, importState] = useMutation(ImportArticleDocument, { refetchQueries: [LibraryArticlesDocument] });
  const [update] = useMutation(UpdateImportedArticleDocument);
  return {
    preview: async (input: ImportArticleInput) => {
      await preview({ variables: { input } }).catch(() => null);
    },
    previewed: previewState.data?.previewImport ?? null,
    previewing: previewState.loading,
    /** Imports, then restores `restoreLines` (if any); returns the new article, or null when the import failed. */
    importArticle: async (input: ImportArticleInput, restoreLines: number[]) => {
      const res = await importOne({ variables: { input } }).catch(() => null);
      const article = res?.data?.importArticle;
      if (!article) return null;
      if (restoreLines.length > 0) await update({ variables: { id: article.id, input: { restoreLines } } }).catch(() => null);
      return article;
    },
    importing: importState.loading,
    error: previewState.error ?? importState.error ?? null,
  };
}
