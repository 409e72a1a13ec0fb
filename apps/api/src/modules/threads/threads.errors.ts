import { BadUserInput, Conflict, NotFound } from '../../infra/errors/app-error.js';

/** No thread with this id (or not one the caller may see). */
export class ThreadNotFound extends NotFound {
  constructor(id: string) {
    super('Thread', id);
  }
}

/** The caller edited a version of the thread that someone else changed since. */
export class StaleThread extends Conflict {
  constructor(threadId: string, currentVersion: number) {
    super(`Thread ${threadId} changed since you read it (it is at version ${currentVersion}); reload it and try again.`, {
      threadId,
      currentVersion,
    });
  }
}

/** Accepting would put a claim in two live threads. */
export class ClaimAlreadyThreaded extends Conflict {
  constructor(claimIds: string[]) {
    super(`These claims already belong to another thread: ${claimIds.join(', ')}.`, { claimIds });
  }
}

/** The operation does not make sense on these threads (a split that empties one side, a merge across workspaces). */
export class InvalidThreadOperation extends BadUserInput {
  constructor(message: string) {
    super(message);
  }
}
