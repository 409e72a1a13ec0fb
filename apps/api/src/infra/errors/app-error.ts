import type { ApiErrorCode } from '@parallax/doc';

/**
 * Domain errors with a stable SCREAMING_SNAKE code from API_ERROR_CODES (@parallax/doc). Services throw
 * these; the GraphQL error formatter (graphql/format-error.ts) maps them to `extensions.code` and hides
 * anything else, and REST endpoints answer with `httpStatusOf(code)`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request carries no valid credentials. */
export class Unauthenticated extends AppError {
  constructor(message = 'Sign in or send a valid API token.') {
    super('UNAUTHENTICATED', message);
  }
}

/** The caller is known but may not do this. */
export class Forbidden extends AppError {
  constructor(message = 'You do not have access to this resource.') {
    super('FORBIDDEN', message);
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFound extends AppError {
  constructor(what: string, id?: string) {
    super('NOT_FOUND', id ? `${what} ${id} was not found.` : `${what} was not found.`, id ? { id } : undefined);
  }
}

/** The input is invalid; `details.fields` lists the problems by field. */
export class BadUserInput extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('BAD_USER_INPUT', message, fields ? { fields } : undefined);
  }
}

/** Too many attempts (sign-in, sign-up) from one account or address; retry after `retryAfterSeconds`. */
export class TooManyRequests extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

/** A dependency the request needs (the database) is down; retrying later may succeed. */
export class ServiceUnavailable extends AppError {
  constructor(message = 'The service is temporarily unavailable; retry shortly.') {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** The write conflicts with existing data (a duplicate, a stale version). */
export class Conflict extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}
