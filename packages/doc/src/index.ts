/**
 * @parallax/doc — the Y.Doc of a comparison (claims, links, comments, rejections), defined once and used by
 * the API and the web. Callers use these operations and readers; none of them touches raw Yjs keys.
 */
export { ROOT, KEY_SEPARATOR, linkKey, parseLinkKey } from './keys.js';
export { ORIGINS, RELATIONS } from './types.js';
export type { Origin, Relation, CommentAnchor, LinkView, ClaimView, CommentView, RejectionView, ComparisonDocView } from './types.js';
export {
  ORIGIN,
  userOrigin,
  graphqlOrigin,
  restoreOrigin,
  AUTO_ALIGN_ORIGIN,
  MIGRATION_ORIGIN,
  isChangeOrigin,
  isHumanOrigin,
} from './origin.js';
export type { ChangeOrigin } from './origin.js';
export { DocOperationError, isDocOperationError } from './errors.js';
export type { DocErrorCode } from './errors.js';
export { LIMITS } from './validate.js';
export { newId } from './ids.js';
export { comparisonRootTypes } from './roots.js';
export { SCHEMA_VERSION, getSchemaVersion, initComparisonDoc, isDocNewerThanCode, assertWritable } from './schema.js';
export { MIGRATIONS, migrateComparisonDoc, validateMigrations } from './migrations.js';
export type { Migration, MigrationResult, MigrateOptions } from './migrations.js';
export { positionBetween } from './position.js';
export type { ClaimPlacement } from './position.js';
export { createClaim, renameClaim, setClaimTopic, moveClaim, deleteClaim, getClaimNoteText } from './claims.js';
export type { CreateClaimInput } from './claims.js';
export { setNote, appendNote } from './note.js';
export { linkSegment, unlinkSegment, setRelation, setLinkFlags } from './links.js';
export type { LinkSegmentInput } from './links.js';
export { mergeClaims, splitClaim } from './merge-split.js';
export type { MergeResult, SplitOptions } from './merge-split.js';
export { addComment, resolveComment, reopenComment, editComment, deleteComment } from './comments.js';
export type { AddCommentInput } from './comments.js';
export { repairComparisonDoc, resolveClaimId } from './repair.js';
export type { RepairResult } from './repair.js';
export { applyAutoAlignment } from './auto-align.js';
export { proposeAutoAlignment, type AlignerClaims } from './auto-align-stable.js';
export type { AutoAlignmentResult } from './auto-align.js';
export type { AutoAlignmentProposal, AutoAlignmentClaimProposal, AutoAlignmentLinkProposal } from './auto-align-proposal.js';
export { alignIntoDoc } from './align-into-doc.js';
export type { AlignIntoDocResult } from './align-into-doc.js';
export { readComparisonDoc, observeComparisonDoc } from './read.js';
export { diffDocStates } from './diff.js';
export { restoreView } from './restore.js';
export type { DocStateDiff, ClaimRename, ClaimChange, LinkChange } from './diff.js';
export { COLLAB_CLOSE, COLLAB_MESSAGE, COLLAB_ACKS_PARAM, isFinalCloseCode } from './close-codes.js';
export type { CollabCloseCode } from './close-codes.js';
export { API_ERROR_CODES, isApiErrorCode } from './error-codes.js';
export type { ApiErrorCode } from './error-codes.js';
