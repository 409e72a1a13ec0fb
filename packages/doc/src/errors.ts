/** Stable codes of {@link DocOperationError}; the API maps them to GraphQL `extensions.code`. */
export type DocErrorCode =
  | 'INVALID_ARGUMENT'
  | 'CLAIM_NOT_FOUND'
  | 'CLAIM_EXISTS'
  | 'LINK_NOT_FOUND'
  | 'COMMENT_NOT_FOUND'
  | 'COMMENT_EXISTS'
  | 'DOC_NEWER_THAN_CODE'
  | 'DOC_NEEDS_MIGRATION'
  | 'MIGRATION_MISSING';

/**
 * The error every operation throws when its arguments are invalid or refer to something absent. It is
 * thrown before the operation writes anything, because a Yjs transaction cannot be rolled back.
 */
export class DocOperationError extends Error {
  /** The stable, machine-readable reason. */
  readonly code: DocErrorCode;

  /** Creates an error with a stable code and a readable message. */
  constructor(code: DocErrorCode, message: string) {
    super(message);
    this.name = 'DocOperationError';
    this.code = code;
  }
}

/** Returns true when the value is a {@link DocOperationError}, optionally with the given code. */
export function isDocOperationError(value: unknown, code?: DocErrorCode): value is DocOperationError {
  return value instanceof DocOperationError && (code === undefined || value.code === code);
}
