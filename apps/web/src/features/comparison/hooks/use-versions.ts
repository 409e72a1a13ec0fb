import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { ComparisonVersionsDocument, CompareVersionsDocument, CreateVersionDocument, RestoreVersionDocument } from '../../../gql/graphql';
import { isUnsupported } from '../../../lib/errors';

/** Named versions of a comparison: list, save, compare, restore. `supported` is false on an older server. */
export function useVersions(comparisonId: string, active: boolean) {
  const list = useQuery(ComparisonVersionsDocument, { variables: { id: comparisonId }, skip: !active, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [{ query: ComparisonVersionsDocument, variables: { id: comparisonId } }] };
  const [create, createState] = useMutation(CreateVersionDocument, refetch);
  const [restore, restoreState] = useMutation(RestoreVersionDocument, refetch);
  const [compare, compareState] = useLazyQuery(CompareVersionsDocument, { fetchPolicy: 'network-only' });
  return {
    supported: !isUnsupported(list.error),
    versions: list.data?.comparison.versions ?? [],
    loading: list.loading && !list.data,
    error: list.error ?? createState.error ?? restoreState.error ?? compareState.error,
    save: (name: string) => create({ variables: { comparisonId, name } }),
    saving: createState.loading,
    compare: (fromVersionId: string, toVersionId: string | null) => compare({ variables: { comparisonId, fromVersionId, toVersionId } }),
    diff: compareState.data?.compareVersions ?? null,
    comparing: compareState.loading,
    restore: (versionId: string) => restore({ variables: { versionId } }),
    restored: restoreState.data?.restoreVersion ?? null,
    restoring: restoreState.loading,
  };
}
