import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { COLLAB_ACKS_PARAM, COLLAB_CLOSE } from '@parallax/doc';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { handOffSocket, isClusterWorker, onHandedOffSocket, otherOwnerOf } from '../../infra/cluster/cluster-ipc.js';
import { isAllowedOrigin } from '../../infra/http/allowed-origin.js';
import { LOGGER } from '../../infra/logging/logger.js';
import { MESSAGE_BUS } from '../../infra/pubsub/pubsub.module.js';
import type { MessageBus } from '../../infra/pubsub/message-bus.js';
import { RedisBus } from '../../infra/pubsub/redis-bus.js';
import { COLLAB_SETTINGS, type CollabSettings } from '../collab.config.js';
import { RoomRegistry } from '../rooms/room-registry.js';
import { CollabAuthenticator, type CollabAccess, type CollabRefusal } from './collab-authenticator.js';
import { CollabConnection } from './collab-connection.js';
import { SharedConnectionCaps, socketCaps } from './connection-caps.js';

/** Connection slots: per instance, or across instances when they share Redis. */
interface Caps {
  tryOpen(comparisonId: string, userId: string, slotId: string): Promise<string | null>;
  closed(comparisonId: string, userId: string, slotId: string): void;
  stop?(): void;
}

/** This machine's caps: the process's own, or the cluster primary's for an API worker (see socketCaps). */
function localCaps(perUser: number, perComparison: number): Caps {
  const caps = socketCaps(perUser, perComparison);
  return {
    tryOpen: async (comparisonId, userId, slotId) => ((await caps.tryOpen(comparisonId, userId).catch(() => false)) ? slotId : null),
    closed: (comparisonId, userId) => caps.closed(comparisonId, userId),
  };
}

/** The path prefix of the collab socket: `/collab/<comparisonId>`. */
export const COLLAB_PATH = '/collab/';

/**
 * The y-websocket endpoint on the API's own HTTP server. It owns the `upgrade` event for every path but
 * `/graphql` (which @nestjs/graphql's graphql-ws server handles on its own listener): `/collab/<id>` is
 * authenticated and authorised *before* the upgrade completes, anything else is destroyed. Refusals are
 * sent as close codes after accepting, because the stock client retries forever on an HTTP error.
 */
@Injectable()
export class CollabGateway {
  /** Open connections, for membership re-checks and shutdown. */
  readonly connections = new Set<CollabConnection>();
  private readonly wss: WebSocketServer;
  private readonly caps: Caps;
  private accepting = true;

  constructor(
    private readonly authenticator: CollabAuthenticator,
    private readonly rooms: RoomRegistry,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
    @Inject(LOGGER) private readonly log: Logger,
    @Optional() @Inject(MESSAGE_BUS) bus: MessageBus | null = null,
  ) {
    // ws enforces a hard ceiling well above the limit; the connection closes at the limit itself with 4413.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes * 2 + 1024, perMessageDeflate: false });
    const { maxConnectionsPerUser: perUser, maxConnectionsPerComparison: perComparison } = settings;
    // Across instances only through Redis; a cluster's workers share their primary's count (localCaps).
    this.caps =
      bus instanceof RedisBus
        ? new SharedConnectionCaps(bus, perUser, perComparison, (err) => log.warn({ err }, 'shared connection caps unavailable'))
        : localCaps(perUser, perComparison);
  }

  /** Routes `upgrade` requests of an HTTP server (called once the server exists). */
  attach(server: { on(event: 'upgrade', listener: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): unknown }): void {
    server.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
    // Sockets another worker accepted for a room this worker serves.
    if (isClusterWorker()) onHandedOffSocket((req, socket, head) => this.onUpgrade(req, socket, head, true));
  }

  /** Stops accepting sockets (shutdown); open ones are closed by the room registry. */
  stopAccepting(): void {
    this.accepting = false;
    this.caps.stop?.();
    for (const conn of this.connections) conn.close(COLLAB_CLOSE.SHUTTING_DOWN, 'the server is shutting down');
    this.wss.close();
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, handedOff = false): void {
    const path = (req.url ?? '/').split('?')[0]!;
    // graphql-ws (@nestjs/graphql) answers every url starting with /graphql on its own listener.
    if (path.startsWith('/graphql')) return;
    if (!path.startsWith(COLLAB_PATH) || !this.settings.servesSockets || !this.accepting) {
      socket.destroy();
      return;
    }
    const comparisonId = decodeURIComponent(path.slice(COLLAB_PATH.length)).replace(/\/+$/, '');
    // In a cluster, every socket of a room goes to the one worker that serves it (before anything is checked,
    // so the caps, the origin and the credentials are all the owner's business).
    const owner = handedOff ? null : otherOwnerOf(comparisonId);
    if (owner !== null && socket instanceof Socket) return handOffSocket(owner, req, socket, head);
    socket.on('error', () => undefined);
    void this.accept(req, socket, head, comparisonId);
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer, comparisonId: string): Promise<void> {
    let access: CollabAccess | CollabRefusal;
    try {
      // The Origin is checked before the credentials are even looked at: a page on another origin rides
      // on the victim's cookie, so what it sends must not be authenticated at all.
      access = isAllowedOrigin(req, this.settings.allowedOrigins)
        ? await this.authenticator.authorize(req, comparisonId)
        : { ok: false, code: COLLAB_CLOSE.ORIGIN_NOT_ALLOWED, reason: 'this page may not open the socket' };
    } catch (err) {
      this.log.error({ err, comparisonId }, 'collab authorisation failed');
      access = { ok: false, code: COLLAB_CLOSE.LOAD_FAILED, reason: 'authorisation failed; retry' };
    }
    // The slot is taken before the upgrade: after it, the client's first frames must find the connection.
    let slot: string | null = null;
    if (access.ok) {
      slot = await this.caps.tryOpen(comparisonId, access.userId, randomUUID());
      if (!slot) access = { ok: false, code: COLLAB_CLOSE.TOO_MANY_CONNECTIONS, reason: 'too many open connections; close another tab' };
    }
    const userId = access.ok ? access.userId : '';
    let upgraded = false;
    const release = () => slot && !upgraded && this.caps.closed(comparisonId, userId, slot);
    if (socket.destroyed) return void release();
    // A handshake ws aborts never reaches the callback; the slot goes back when that socket closes.
    socket.once('close', release);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      upgraded = true;
      if (!access.ok) ws.close(access.code, access.reason);
      else
        this.open(ws, access, comparisonId, slot!, new URL(req.url ?? '/', 'http://localhost').searchParams.get(COLLAB_ACKS_PARAM) === '1');
    });
  }

  private open(ws: WebSocket, access: CollabAccess, comparisonId: string, slot: string, acks: boolean): void {
    const conn = new CollabConnection(ws, access, this.settings, acks, this.log);
    this.connections.add(conn);
    conn.onClose(() => {
      this.connections.delete(conn);
      this.caps.closed(comparisonId, access.userId, slot);
    });
    this.rooms.acquire(comparisonId).then(
      (lease) => {
        conn.onClose(() => lease.release());
        conn.attach(lease.room);
      },
      (err: unknown) => {
        this.log.error({ err, comparisonId }, 'collab doc failed to load');
        conn.close(COLLAB_CLOSE.LOAD_FAILED, 'the doc could not be loaded');
      },
    );
  }
}
