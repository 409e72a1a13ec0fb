/** What a room receives from the other instances serving the same doc. */
export interface RoomFanoutHandler {
  /** A change another instance has already stored: apply and relay it, never store it again. */
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
}

/** A change of a user's membership in a workspace, to re-check that user's open sockets. */
export type MembershipChange = MembershipOfUser | RevokedCredential;

/** A session or API token was revoked: sockets opened with it close, on every instance. */
export interface RevokedCredential {
  userId: string;
  revokedCredential: string;
}

/** A member's role changed or the member was removed. */
export interface MembershipOfUser {
  workspaceId: string;
  userId: string;
}

/**
 * How instances serving the same doc share what their clients send. Without REDIS_URL it is a no-op
 * ({@link LocalFanout}): one instance holds the only copy of each room.
 */
export abstract class CollabFanout {
  /** Starts receiving a room's messages; resolves once the subscription is active (before the room loads). */
  abstract subscribeRoom(comparisonId: string, handler: RoomFanoutHandler): Promise<void>;
  abstract unsubscribeRoom(comparisonId: string, handler: RoomFanoutHandler): Promise<void>;
  /** Publishes a change that this instance has stored. */
  abstract publishUpdate(comparisonId: string, update: Uint8Array): void;
  abstract publishAwareness(comparisonId: string, update: Uint8Array): void;
  abstract publishMembership(change: MembershipChange): void;
  /** Calls `handler` for membership changes published by other instances. */
  abstract onMembership(handler: (change: MembershipChange) => void): Promise<void>;
  /** Tells the other instances that a comparison was deleted, so they close its open sockets too. */
  abstract publishDeletion(comparisonId: string): void;
  /** Calls `handler` for comparisons deleted on other instances. */
  abstract onDeletion(handler: (comparisonId: string) => void): Promise<void>;
  /** Calls `handler` when messages may have been missed (Redis reconnected): rooms reload from Postgres. */
  abstract onResync(handler: () => void): void;
}

/** The single-instance fan-out: nothing to share. */
export class LocalFanout extends CollabFanout {
  async subscribeRoom(): Promise<void> {}
  async unsubscribeRoom(): Promise<void> {}
  publishUpdate(): void {}
  publishAwareness(): void {}
  publishMembership(): void {}
  async onMembership(): Promise<void> {}
  publishDeletion(): void {}
  async onDeletion(): Promise<void> {}
  onResync(): void {}
}
