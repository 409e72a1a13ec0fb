import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AcceptThreadDocument,
  AddClaimToThreadDocument,
  ComparisonThreadLinksDocument,
  RemoveClaimFromThreadDocument,
  MergeThreadsDocument,
  RejectThreadDocument,
  RenameThreadDocument,
  SplitThreadDocument,
  SuggestThreadsDocument,
  ThreadsDocument,
  ThreadTimelineDocument,
} from '../../../gql/graphql';

/** A fresh operation id: a retried request (a flaky network) then applies once on the server. */
const operationId = () => crypto.randomUUID();

/**
 * The thread operations. Each sends the version the editor saw, so an edit to a thread someone else changed
 * in the meantime fails with CONFLICT (and the page shows the new state) instead of silently overwriting it.
 */
export function useThreadActions(workspaceId: string) {
  const refetchQueries = [ThreadsDocument];
  const [suggestM, suggesting] = useMutation(SuggestThreadsDocument, { refetchQueries });
  const [acceptM] = useMutation(AcceptThreadDocument);
  const [rejectM] = useMutation(RejectThreadDocument, { refetchQueries });
  const [renameM] = useMutation(RenameThreadDocument);
  const [mergeM] = useMutation(MergeThreadsDocument, { refetchQueries });
  const [splitM] = useMutation(SplitThreadDocument, { refetchQueries });
  // A claim's membership shows in the timeline and in the claim panel's "also in" link: refetch both.
  const membership = [ThreadsDocument, ThreadTimelineDocument, ComparisonThreadLinksDocument];
  const [addClaimM] = useMutation(AddClaimToThreadDocument, { refetchQueries: membership });
  const [removeClaimM] = useMutation(RemoveClaimFromThreadDocument, { refetchQueries: membership });
  return {
    suggesting: suggesting.loading,
    suggest: useCallback(() => suggestM({ variables: { input: { workspaceId } } }), [suggestM, workspaceId]),
    accept: useCallback(
      (threadId: string, expectedVersion: number) =>
        acceptM({ variables: { input: { threadId, expectedVersion, operationId: operationId() } } }),
      [acceptM],
    ),
    reject: useCallback(
      (threadId: string, expectedVersion: number) =>
        rejectM({ variables: { input: { threadId, expectedVersion, operationId: operationId() } } }),
      [rejectM],
    ),
    rename: useCallback(
      (threadId: string, name: string, expectedVersion: number) =>
        renameM({ variables: { input: { threadId, name, expectedVersion, operationId: operationId() } } }),
      [renameM],
    ),
    merge: useCallback(
      (targetId: string, sourceIds: string[]) => mergeM({ variables: { input: { targetId, sourceIds, operationId: operationId() } } }),
      [mergeM],
    ),
    split: useCallback(
      (threadId: string, claimIds: string[], expectedVersion: number) =>
        splitM({ variables: { input: { threadId, claimIds, expectedVersion, operationId: operationId() } } }),
      [splitM],
    ),
    addClaim: useCallback(
      (threadId: string, comparisonId: string, claimId: string) =>
        addClaimM({ variables: { input: { threadId, comparisonId, claimId, operationId: operationId() } } }),
      [addClaimM],
    ),
    removeClaim: useCallback(
      (threadId: string, claimId: string, expectedVersion: number) =>
        removeClaimM({ variables: { input: { threadId, claimId, expectedVersion, operationId: operationId() } } }),
      [removeClaimM],
    ),
  };
}
