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

type ErrorFormatter = ReturnType<typeof createErrorFormatter>;

/** What graphql-ws hands its hooks: errors with graphql-js's `toJSON` (Apollo formats them before it calls us). */
interface WsError {
  toJSON(): GraphQLFormattedError;
  originalError?: unknown;
  path?: readonly (string | number)[];
}

/**
 * The graphql-ws hooks that send every subscription error through the same formatter as HTTP responses:
 * without them graphql-ws serialises raw GraphQLErrors (no `code` on domain errors, the message of any
 * unexpected error sent as it is). `onNext` covers errors of a subscription's resolver (graphql-js reports
 * them as a result), `onError` validation errors and a stream that failed while running.
 */
export function graphqlWsErrorHooks(format: ErrorFormatter) {
  const formatAll = (errors: readonly WsError[], failedStream: boolean) =>
    errors.map((e) => {
      const json = e.toJSON();
      if (e.originalError === undefined) {
        // A document the schema refuses: Apollo's code for the same error over HTTP.
        return format({ ...json, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...json.extensions } }, e);
      }
      // A stream that threw has no path; it is the server's failure, not the request's.
      const formatted = format(failedStream && !json.path ? { ...json, path: [] } : json, e);
      return formatted.path?.length === 0 ? { ...formatted, path: undefined } : formatted;
    });
  return {
    onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: { errors?: readonly WsError[] }) =>
      result.errors ? { ...result, errors: formatAll(result.errors, false) } : undefined,
    onError: (_ctx: unknown, _id: unknown, _payload: unknown, errors: readonly WsError[]) => formatAll(errors, true),
  };
}
