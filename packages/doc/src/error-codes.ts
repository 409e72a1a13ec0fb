/**
 * Every code the API puts in an error's `extensions.code` (GraphQL and REST alike). The web, the README
 * and the tests read this list; the API's AppError only accepts these, and its HTTP status table must name
 * each, so a new code fails the build until every reader knows it. It lives here, beside the collab close
 * codes, because this is the package both the API and the web depend on.
 */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_EXPENSIVE',
  'TIMEOUT',
  'RESPONSE_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
] as const;

/** A code of {@link API_ERROR_CODES}. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** True when `code` is one of {@link API_ERROR_CODES}. */
export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}
