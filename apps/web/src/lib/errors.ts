import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ApiErrorCode } from '@parallax/doc';

/** The stable error codes the API puts in `extensions.code` (the one list is API_ERROR_CODES in @parallax/doc). */
export type { ApiErrorCode };

/** Returns the first `extensions.code` of a GraphQL error, or null for network and other errors. */
export function errorCode(error: unknown): ApiErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? (code as ApiErrorCode) : null;
}

/** Returns the per-field messages of a BAD_USER_INPUT error (`extensions.fields`), keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = error.errors[0]?.extensions?.fields;
  if (!fields || typeof fields !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
    out[key] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/**
 * True when the server does not know an operation's field yet (the API is older than this web build);
 * features built on such fields hide themselves instead of showing an error.
 */
export function isUnsupported(error: unknown): boolean {
  return (
    errorCode(error) === 'GRAPHQL_VALIDATION_FAILED' ||
    (CombinedGraphQLErrors.is(error) && error.errors.some((e) => /Cannot query field|Unknown type|Unknown argument/.test(e.message)))
  );
}

/** A sentence a person can read for any error thrown by Apollo or fetch. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  if (error instanceof Error)
    return /fetch|network/i.test(error.message) ? 'The server cannot be reached. Check your connection.' : error.message;
  return 'Something went wrong.';
}
