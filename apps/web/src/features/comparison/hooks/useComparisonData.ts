import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ComparisonRoleDocument, ComparisonWorkspaceDocument } from '../../../gql/graphql';
import type { ArticleColumn } from '../utils/grid';

/** The comparison's articles and sentences (immutable) and the viewer's role in its workspace. */
export function useComparisonData(comparisonId: string) {
  const { data, loading, error } = useQuery(ComparisonWorkspaceDocument, { variables: { id: comparisonId } });
  const comparison = data?.comparison ?? null;
  const role = useQuery(ComparisonRoleDocument, { variables: { workspaceId: comparison?.workspaceId ?? '' }, skip: !comparison });
  const articles = useMemo<ArticleColumn[]>(
    () =>
      (comparison?.articles ?? []).map((a) => ({
        id: a.id,
        outletName: a.outlet?.name ?? 'Unknown outlet',
        headline: a.headline,
        kind: a.kind,
        segments: a.segments.map((s) => ({ id: s.id, articleId: a.id, index: s.index, paragraph: s.paragraph, text: s.text })),
      })),
    [comparison],
  );
  const myRole = role.data?.workspace.myRole ?? null;
  return {
    comparison,
    articles,
    role: myRole,
    canEdit: myRole === 'OWNER' || myRole === 'EDITOR',
    loading: (loading && !data) || (!!comparison && role.loading && !role.data),
    error: error ?? role.error,
  };
}
