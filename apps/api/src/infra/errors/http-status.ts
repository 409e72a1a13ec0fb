import type { ApiErrorCode } from '@parallax/doc';

// A Record over every code: adding a code to API_ERROR_CODES fails the build here until it has a status.
const STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  QUERY_TOO_EXPENSIVE: 400,
  TIMEOUT: 503,
  RESPONSE_TOO_LARGE: 413,
  INTERNAL_SERVER_ERROR: 500,
} as const satisfies Record<ApiErrorCode, number>;

/** The HTTP status of an API error code, for REST endpoints (downloads); the one table of them. */
export function httpStatusOf(code: ApiErrorCode): number {
  return STATUS[code];
}
