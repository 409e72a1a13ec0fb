/**
 * The wire contract of the collab socket (`/collab/<comparisonId>`) beyond the stock y-websocket protocol:
 * the close codes the server uses and the one extra message type it may send. Shared by the API and the
 * web, so both read the same numbers.
 *
 * Close codes follow the convention of the stock `y-websocket` client: **4400–4499 are final** (the server
 * decided; the client stops reconnecting and emits `closed`), **4500–4599 are transient** (the client
 * reconnects with backoff). Refusals are sent as close codes after accepting the upgrade, because an HTTP
 * 401 on the upgrade itself makes the stock client retry forever.
 */
export const COLLAB_CLOSE = {
  /** A frame that is not a valid y-websocket message (truncated, garbage, text frame, unknown type). */
  BAD_MESSAGE: 4400,
  /** No credentials, or a session/token that is invalid, expired or revoked. */
  UNAUTHENTICATED: 4401,
  /** The user is not a member of the comparison's workspace. */
  FORBIDDEN: 4403,
  /** No comparison with this id (or the path is not `/collab/<uuid>`). */
  NOT_FOUND: 4404,
  /** The page that opened the socket is not on an allowed origin (cross-site WebSocket hijacking). */
  ORIGIN_NOT_ALLOWED: 4405,
  /** An update or presence entry claimed another person's identity (a forged comment author, say). */
  FORGED_IDENTITY: 4406,
  /** The user was removed from the workspace while connected. */
  ACCESS_REVOKED: 4410,
  /** One message was larger than the server's message limit. */
  MESSAGE_TOO_LARGE: 4413,
  /** Applying the update would grow the doc past the server's size limit. */
  DOC_TOO_LARGE: 4422,
  /** The stored doc could not be loaded; nothing was served. Reconnecting may succeed. */
  LOAD_FAILED: 4500,
  /** An update could not be stored; the server dropped its copy of the doc. Reconnecting resends it. */
  PERSIST_FAILED: 4501,
  /** The user's role changed (e.g. EDITOR to VIEWER); reconnect to get a connection with the new rights. */
  ROLE_CHANGED: 4502,
  /** The server is shutting down; reconnect (to another instance or after the restart). */
  SHUTTING_DOWN: 4503,
  /** The user (or the comparison) has as many open sockets as allowed; retry after one closes. */
  TOO_MANY_CONNECTIONS: 4504,
  /** No heartbeat answer within the idle timeout; the connection is presumed dead. */
  IDLE_TIMEOUT: 4508,
  /**
   * The connection sent faster than the server reads for too long. Normally the server only slows a fast
   * sender down (it stops reading its socket); this transient close is the last resort, and the stock
   * client reconnects and re-syncs, so no edit is lost.
   */
  RATE_LIMITED: 4529,
} as const;

/** One of the {@link COLLAB_CLOSE} codes. */
export type CollabCloseCode = (typeof COLLAB_CLOSE)[keyof typeof COLLAB_CLOSE];

/** Returns true when the close code says reconnecting cannot help (the 4400–4499 range). */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/**
 * Message types of the collab socket. 0, 1 and 3 are the stock y-websocket types (sync, awareness,
 * query-awareness). `ACK` is Parallax's own: `[varuint 100][varuint n]` tells the sender that its first `n`
 * update-carrying sync messages on this connection (sync step 2 and update) are stored durably, so the UI
 * can say "all changes saved". The server sends acks only to clients that ask for them with the query
 * parameter `acks=1`, because the stock client logs "Unable to compute message" for unknown types; such a
 * client registers `provider.messageHandlers[COLLAB_MESSAGE.ACK]` before connecting.
 */
export const COLLAB_MESSAGE = {
  SYNC: 0,
  AWARENESS: 1,
  AUTH: 2,
  QUERY_AWARENESS: 3,
  ACK: 100,
} as const;

/** The query parameter (`?acks=1`) with which a client asks for {@link COLLAB_MESSAGE.ACK} messages. */
export const COLLAB_ACKS_PARAM = 'acks';
