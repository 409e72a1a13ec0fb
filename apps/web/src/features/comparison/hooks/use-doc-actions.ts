import {
  addComment,
  type ChangeOrigin,
  createClaim,
  deleteClaim,
  isDocOperationError,
  linkSegment,
  mergeClaims,
  moveClaim,
  type Relation,
  renameClaim,
  reopenComment,
  resolveComment,
  setRelation,
  splitClaim,
  unlinkSegment,
} from '@parallax/doc';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';

/** The signed-in person, as the doc records authors. */
export interface DocUser {
  id: string;
  name: string;
}

/** A sentence being moved into a claim (by drag and drop or the keyboard). */
export interface MovingSentence {
  segmentId: string;
  articleId: string;
  fromClaimId: string | null;
}

/**
 * The edits the workspace offers, each one @parallax/doc operation under the user's origin. Viewers get
 * no-ops (the controls are disabled too, and the server drops a viewer's updates anyway). An operation
 * that is refused (e.g. the claim was just deleted by someone else) is reported in `error`, not thrown.
 */
export function useDocActions(doc: Y.Doc, origin: ChangeOrigin, user: DocUser, canEdit: boolean) {
  const [error, setError] = useState<string | null>(null);
  const actions = useMemo(() => {
    const run = <T>(fn: () => T): T | undefined => {
      if (!canEdit) return undefined;
      try {
        setError(null);
        return fn();
      } catch (e) {
        setError(isDocOperationError(e) ? e.message : String(e));
        return undefined;
      }
    };
    return {
      createClaim: (label: string, after?: string | null) =>
        run(() => createClaim(doc, { label, at: after !== undefined ? { between: [after, null] } : undefined }, origin)),
      renameClaim: (claimId: string, label: string) => run(() => renameClaim(doc, claimId, label, origin)),
      deleteClaim: (claimId: string) => run(() => deleteClaim(doc, claimId, origin)),
      moveClaimBetween: (claimId: string, prev: string | null, next: string | null) =>
        run(() => moveClaim(doc, claimId, { between: [prev, next] }, origin)),
      mergeClaims: (targetId: string, sourceIds: string[]) => run(() => mergeClaims(doc, targetId, sourceIds, origin)),
      splitClaim: (claimId: string, segmentIds: string[], label: string) => run(() => splitClaim(doc, claimId, segmentIds, label, origin)),
      setRelation: (claimId: string, segmentId: string, relation: Relation) =>
        run(() => setRelation(doc, claimId, segmentId, relation, origin)),
      unlink: (claimId: string, segmentId: string) => run(() => unlinkSegment(doc, claimId, segmentId, origin)),
      /** Links a sentence to a claim, taking it out of the claim it was in (one transaction, one undo step). */
      moveSentence: (s: MovingSentence, toClaimId: string, relation: Relation = 'PARAPHRASE') =>
        run(() => {
          if (s.fromClaimId === toClaimId) return;
          doc.transact(() => {
            linkSegment(doc, { claimId: toClaimId, segmentId: s.segmentId, articleId: s.articleId, relation }, origin);
            if (s.fromClaimId) unlinkSegment(doc, s.fromClaimId, s.segmentId, origin);
          }, origin);
        }),
      addComment: (claimId: string, body: string) =>
        run(() => addComment(doc, { anchor: { kind: 'claim', claimId }, body, authorId: user.id, authorName: user.name }, origin)),
      reply: (parentId: string, body: string) =>
        run(() => addComment(doc, { parentId, body, authorId: user.id, authorName: user.name }, origin)),
      resolve: (commentId: string) => run(() => resolveComment(doc, commentId, origin)),
      reopen: (commentId: string) => run(() => reopenComment(doc, commentId, origin)),
    };
  }, [doc, origin, user.id, user.name, canEdit]);
  return { ...actions, error, clearError: () => setError(null) };
}

/** The type of the actions object, for components that receive it. */
export type DocActions = ReturnType<typeof useDocActions>;
