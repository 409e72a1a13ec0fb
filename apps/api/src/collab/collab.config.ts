import type { AppConfig } from '../config/config.schema.js';

/** The collab server's limits and timings, derived once from the validated AppConfig. */
export interface CollabSettings {
  maxMessageBytes: number;
  maxDocBytes: number;
  rateMessagesPerSec: number;
  rateBurst: number;
  rateBytesPerSec: number;
  unloadGraceMs: number;
  compactAfterUpdates: number;
  logRetentionHours: number;
  projectionDebounceMs: number;
  projectionMaxWaitMs: number;
  /** Open sockets one user may hold on one comparison, and all users together on one comparison. */
  maxConnectionsPerUser: number;
  maxConnectionsPerComparison: number;
  /** Ping interval; a socket silent for a whole interval after a ping is closed. */
  heartbeatMs: number;
  maxAwarenessBytes: number;
  /** Origins besides the app's own whose pages may open the socket. */
  allowedOrigins: readonly string[];
  /** Whether this process serves the collab socket (APP_ROLES contains `collab`). */
  servesSockets: boolean;
}

/** Injection token of {@link CollabSettings}. */
export const COLLAB_SETTINGS = Symbol('COLLAB_SETTINGS');

/** Picks the collab settings out of the app config. */
export function collabSettings(config: AppConfig): CollabSettings {
  return {
    maxMessageBytes: config.COLLAB_MAX_MESSAGE_BYTES,
    maxDocBytes: config.COLLAB_MAX_DOC_BYTES,
    rateMessagesPerSec: config.COLLAB_RATE_MESSAGES_PER_SEC,
    rateBurst: config.COLLAB_RATE_BURST,
    rateBytesPerSec: config.COLLAB_RATE_BYTES_PER_SEC,
    unloadGraceMs: config.COLLAB_UNLOAD_GRACE_MS,
    compactAfterUpdates: config.COLLAB_COMPACT_AFTER_UPDATES,
    logRetentionHours: config.COLLAB_LOG_RETENTION_HOURS,
    projectionDebounceMs: config.COLLAB_PROJECTION_DEBOUNCE_MS,
    projectionMaxWaitMs: config.COLLAB_PROJECTION_MAX_WAIT_MS,
    maxConnectionsPerUser: config.COLLAB_MAX_CONNECTIONS_PER_USER,
    maxConnectionsPerComparison: config.COLLAB_MAX_CONNECTIONS_PER_COMPARISON,
    heartbeatMs: config.COLLAB_HEARTBEAT_MS,
    maxAwarenessBytes: config.COLLAB_MAX_AWARENESS_BYTES,
    allowedOrigins: config.ALLOWED_ORIGINS,
    servesSockets: config.APP_ROLES.includes('collab'),
  };
}
