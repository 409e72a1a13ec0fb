import { isDocOperationError } from '@parallax/doc';
import { AppError, BadUserInput, Conflict, NotFound } from '../infra/errors/app-error.js';
import { RoomUnavailable } from './rooms/doc-room.js';

/** The doc cannot be written right now (it failed to store a change and is reloading). */
export class CollabUnavailable extends AppError {
  constructor(message: string) {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/**
 * Maps what a doc operation threw to the API's domain errors: missing claims, links and comments become
 * NOT_FOUND, invalid arguments BAD_USER_INPUT, duplicates and schema-version refusals CONFLICT. Anything
 * else is returned as is (and reported as an internal error by the formatter).
 */
export function mapDocError(err: unknown): unknown {
  if (err instanceof RoomUnavailable) return new CollabUnavailable(err.message);
  if (!isDocOperationError(err)) return err;
  switch (err.code) {
    case 'CLAIM_NOT_FOUND':
      return new NotFound('Claim');
    case 'LINK_NOT_FOUND':
      return new NotFound('Link');
    case 'COMMENT_NOT_FOUND':
      return new NotFound('Comment');
    case 'INVALID_ARGUMENT':
      return new BadUserInput(err.message);
    case 'CLAIM_EXISTS':
    case 'COMMENT_EXISTS':
      return new Conflict(err.message);
    default:
      return new Conflict(`The comparison cannot be edited: ${err.message}`, { reason: err.code });
  }
}
