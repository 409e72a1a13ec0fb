import { unwrapResolverError } from '@apollo/server/errors';
import type { ApiErrorCode } from '@parallax/doc';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from '../infra/errors/app-error.js';
import { isDatabaseUnavailable } from '../infra/errors/database-unavailable.js';

// Codes produced by Apollo and graphql-armor that are safe to pass through as they are.
const PASS_THROUGH = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'FORBIDDEN',
  'QUERY_TOO_EXPENSIVE',
  'TIMEOUT',
  'RESPONSE_TOO_LARGE',
] satisfies ApiErrorCode[]);

/**
 * The single mapping point from errors to GraphQL responses: AppErrors keep their code and message,
 * GraphQL-level errors keep Apollo's code, and anything else becomes INTERNAL_SERVER_ERROR with a
 * generic message (the original is logged, never sent).
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Checked first: an outage hit while building the context (resolving the caller's token) has no path and
    // would otherwise be reported as the client's fault.
    if (isDatabaseUnavailable(original) || isDatabaseUnavailable(error)) {
      log.warn({ err: original }, 'database unavailable');
      return {
        message: 'The database is unavailable; retry shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (!formatted.path) {
      // Errors outside field execution (e.g. limits from graphql-armor) describe the request, not the server.
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    return {
      message: 'Internal server error.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ApiErrorCode },
    };
  };
}
