/** The largest input accepted, in UTF-8 bytes (5 MB). The API enforces the same limit at its edge. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Stable codes of {@link ImportError}; the API maps them to GraphQL `extensions.code`. */
export type ImportErrorCode =
  'EMPTY_INPUT' | 'NO_SENTENCES' | 'BINARY_INPUT' | 'TOO_LARGE' | 'TOO_COMPLEX' | 'INVALID_ENCODING' | 'UNREADABLE_PDF';

/**
 * The error `importArticle` throws when the input cannot become an article. The `code` is stable and
 * machine-readable; the message is meant for people.
 */
export class ImportError extends Error {
  /** The stable, machine-readable reason. */
  readonly code: ImportErrorCode | string;
  /** Optional structured context, e.g. the lines that were dropped when no body was left. */
  readonly details?: Record<string, unknown>;

  /** Creates an error with a stable code, a readable message and optional details. */
  constructor(code: ImportErrorCode | string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.details = details;
  }
}

/** Returns true when the value is an {@link ImportError}, optionally with the given code. */
export function isImportError(value: unknown, code?: ImportErrorCode): value is ImportError {
  return value instanceof ImportError && (code === undefined || value.code === code);
}
