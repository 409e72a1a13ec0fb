import { useQuery } from '@apollo/client/react';
import { SuggestComparisonsDocument } from '../../../gql/graphql';

/** Groups of the workspace's articles that seem to report the same event (groups of two or more). */
export function useSuggestions(workspaceId: string) {
  const { data, error } = useQuery(SuggestComparisonsDocument, { variables: { workspaceId } });
  return { suggestions: (data?.suggestComparisons ?? []).filter((s) => s.articles.length >= 2), error: error ?? null };
}
