import type * as Y from 'yjs';
import { assertCanWrite } from './claims.js';
import { DocOperationError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { COMMENT } from './keys.js';
import { actorOf, type ChangeOrigin } from './origin.js';
import { readComment } from './records.js';
import { asRecord, newRecord, requireClaim, requireComment, roots, setIfChanged, type RecordMap, type Roots } from './roots.js';
import type { CommentAnchor } from './types.js';
import { assertId, checkAnchor, checkAuthorName, checkBody } from './validate.js';

/** Input of {@link addComment}: a thread root needs an anchor; a reply names its parent and inherits it. */
export interface AddCommentInput {
  id?: string;
  anchor?: CommentAnchor;
  parentId?: string | null;
  body: string;
  authorId: string;
  authorName: string;
}

/**
 * Adds a comment and returns its id. A root starts a thread anchored to a claim or a segment span; a reply
 * joins its parent's thread and shares its anchor, so re-anchoring a thread (e.g. on a merge) moves it whole.
 */
export function addComment(doc: Y.Doc, input: AddCommentInput, origin: ChangeOrigin): string {
  assertCanWrite(doc, origin);
  const r = roots(doc);
  const id = input.id ?? newId();
  assertId(id, 'id');
  assertId(input.authorId, 'authorId');
  const body = checkBody(input.body);
  const authorName = checkAuthorName(input.authorName);
  if (r.comments.has(id)) throw new DocOperationError('COMMENT_EXISTS', `comment ${id} already exists`);
  const { threadId, parentId, anchor } = placeComment(r, input);
  doc.transact(() => {
    r.comments.set(
      id,
      newRecord({
        [COMMENT.id]: id,
        [COMMENT.threadId]: threadId ?? id,
        [COMMENT.parentId]: parentId,
        [COMMENT.anchor]: anchor,
        [COMMENT.body]: body,
        [COMMENT.authorId]: input.authorId,
        [COMMENT.authorName]: authorName,
        [COMMENT.createdAt]: nowIso(),
        [COMMENT.editedAt]: null,
        [COMMENT.resolved]: false,
        [COMMENT.resolvedBy]: null,
        [COMMENT.resolvedAt]: null,
      }),
    );
  }, origin);
  return id;
}

function placeComment(r: Roots, input: AddCommentInput): { threadId: string | null; parentId: string | null; anchor: CommentAnchor } {
  const parentId = input.parentId ?? null;
  if (parentId === null) {
    if (input.anchor === undefined) throw new DocOperationError('INVALID_ARGUMENT', 'a thread root needs an anchor');
    const anchor = checkAnchor(input.anchor);
    if (anchor.kind === 'claim') requireClaim(r, anchor.claimId);
    return { threadId: null, parentId, anchor };
  }
  assertId(parentId, 'parentId');
  if (input.anchor !== undefined) throw new DocOperationError('INVALID_ARGUMENT', 'a reply inherits its thread anchor');
  const parent = readComment(parentId, requireComment(r, parentId));
  if (!parent) throw new DocOperationError('COMMENT_NOT_FOUND', `comment ${parentId} is malformed`);
  return { threadId: parent.threadId, parentId, anchor: parent.anchor };
}

/** Returns the map of the thread root of the given comment (the comment itself when it is a root). */
function threadRoot(r: Roots, commentId: string): RecordMap {
  assertId(commentId, 'commentId');
  const comment = requireComment(r, commentId);
  const threadId = comment.get(COMMENT.threadId);
  if (typeof threadId !== 'string' || threadId === commentId) return comment;
  return requireComment(r, threadId);
}

/** Resolves the thread of the given comment (the state lives on the thread root). */
export function resolveComment(doc: Y.Doc, commentId: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  const root = threadRoot(roots(doc), commentId);
  if (root.get(COMMENT.resolved) === true) return;
  doc.transact(() => {
    root.set(COMMENT.resolved, true);
    root.set(COMMENT.resolvedBy, actorOf(origin));
    root.set(COMMENT.resolvedAt, nowIso());
  }, origin);
}

/** Reopens the thread of the given comment. */
export function reopenComment(doc: Y.Doc, commentId: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  const root = threadRoot(roots(doc), commentId);
  doc.transact(() => {
    setIfChanged(root, COMMENT.resolved, false);
    setIfChanged(root, COMMENT.resolvedBy, null);
    setIfChanged(root, COMMENT.resolvedAt, null);
  }, origin);
}

/** Replaces a comment's body and stamps editedAt. Authorship checks belong to the caller's policy. */
export function editComment(doc: Y.Doc, commentId: string, body: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(commentId, 'commentId');
  const clean = checkBody(body);
  const comment = requireComment(roots(doc), commentId);
  if (comment.get(COMMENT.body) === clean) return;
  doc.transact(() => {
    comment.set(COMMENT.body, clean);
    comment.set(COMMENT.editedAt, nowIso());
  }, origin);
}

/** Deletes a comment and every reply below it; deleting a thread root deletes the whole thread. */
export function deleteComment(doc: Y.Doc, commentId: string, origin: ChangeOrigin): void {
  assertCanWrite(doc, origin);
  assertId(commentId, 'commentId');
  const r = roots(doc);
  requireComment(r, commentId);
  const doomed = new Set([commentId]);
  // Replies form a tree through parentId; sweep until no new descendant is found.
  for (let grew = true; grew;) {
    grew = false;
    r.comments.forEach((value, id) => {
      const parent = asRecord(value)?.get(COMMENT.parentId);
      if (!doomed.has(id) && typeof parent === 'string' && doomed.has(parent)) {
        doomed.add(id);
        grew = true;
      }
    });
  }
  doc.transact(() => doomed.forEach((id) => r.comments.delete(id)), origin);
}
