import { useMemo } from 'react';
import { ComparisonWorkspaceDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/use-me';
import { useCurrentWorkspace } from '../../workspaces/hooks/use-workspaces';
import type { ArticleColumn } from '../utils/grid';
import { useCachedComparison } from './use-cached-comparison';
import { usePrefetchedQuery } from './use-prefetched-query';

/**
 * The comparison's articles and sentences (immutable) and the viewer's role in its workspace. A repeat
 * visit shows the copy kept in IndexedDB while the network answers (see useCachedComparison).
 */
export function useComparisonData(comparisonId: string) {
  // Sentences never change after import and a large comparison has tens of thousands of them: normalising
  // them into Apollo's cache cost about a second for 50 outlets × 300 claims, for nothing to share. The route
  // starts the request while this page's code loads (see prefetchComparison).
  const { data, loading, error } = usePrefetchedQuery(ComparisonWorkspaceDocument, { id: comparisonId });
  const { me } = useMe();
  const result = useCachedComparison(comparisonId, me?.id ?? null, data, error);
  const comparison = result?.comparison ?? null;
  // The role comes from the workspace list the shell loads anyway (in parallel, not after the comparison).
  const { role: myRole, loading: roleLoading, error: roleError } = useCurrentWorkspace();
  const articles = useMemo<ArticleColumn[]>(
    () =>
      (comparison?.articles ?? []).map((a) => ({
        id: a.id,
        outletName: a.outlet?.name ?? 'Unknown outlet',
        headline: a.headline,
        kind: a.kind,
        // Sentences come as parallel lists in sentence order: position i is the sentence of index i.
        segments: a.segmentColumns.ids.map((id, index) => ({ id, articleId: a.id, index, text: a.segmentColumns.texts[index] ?? '' })),
      })),
    [comparison],
  );
  return {
    comparison,
    articles,
    role: myRole,
    canEdit: myRole === 'OWNER' || myRole === 'EDITOR',
    loading: (loading && !result) || roleLoading,
    error: error ?? roleError,
  };
}
