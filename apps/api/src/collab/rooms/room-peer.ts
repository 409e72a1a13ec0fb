/**
 * A client connected to a room, as the room sees it. The room uses the peer object itself as the origin of
 * the Yjs transactions that apply its updates, which is how it knows whom to credit, whom not to echo to
 * and whom to acknowledge.
 */
export abstract class RoomPeer {
  /** Awareness client ids this peer has announced; removed when it leaves. */
  readonly awarenessIds = new Set<number>();

  constructor(
    readonly userId: string,
    /** The user's display name, the only one its comments may carry. */
    readonly userName: string,
    /** A VIEWER's connection: its updates are dropped, never applied or relayed. */
    readonly readOnly: boolean,
  ) {}

  /** Sends one message (best effort: a closed socket drops it); `sent` runs once it left the process. */
  abstract send(message: Uint8Array, sent?: () => void): void;
  /** Closes the connection with a close code from COLLAB_CLOSE. */
  abstract close(code: number, reason: string): void;
  /** Tells the peer that its first `count` update-carrying messages are stored. */
  abstract acknowledge(count: number): void;
}

/** The origin of changes that other instances already stored (Redis) or that a catch-up reload found. */
export const REMOTE_ORIGIN = Symbol('collab:remote');

/** The origin of the initial load from Postgres. */
export const LOAD_ORIGIN = Symbol('collab:load');

/** The origin of awareness removals when a peer leaves. */
export const LEAVE_ORIGIN = Symbol('collab:leave');
