import { AppError } from '../errors/app-error.js';

/** Why a page could not be fetched; each code is stable and its message is written for people. */
export type FetchErrorCode =
  | 'FETCH_BLOCKED'
  | 'FETCH_BAD_URL'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_UNSUPPORTED_CONTENT'
  | 'FETCH_HTTP_ERROR'
  | 'FETCH_FAILED';

/** A URL import that failed at the fetch; nothing was stored. */
export class FetchFailed extends AppError {
  constructor(
    readonly reason: FetchErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super('BAD_USER_INPUT', message, { reason, ...details });
  }
}
