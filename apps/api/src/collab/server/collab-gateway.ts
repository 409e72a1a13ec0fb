import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { COLLAB_ACKS_PARAM, COLLAB_CLOSE } from '@parallax/doc';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { isAllowedOrigin } from '../../infra/http/allowed-origin.js';
import { LOGGER } from '../../infra/logging/logger.js';
import { COLLAB_SETTINGS, type CollabSettings } from '../collab.config.js';
import { RoomRegistry } from '../rooms/room-registry.js';
import { CollabAuthenticator, type CollabAccess, type CollabRefusal } from './collab-authenticator.js';
import { CollabConnection } from './collab-connection.js';
import { socketCaps, type SocketCaps } from './connection-caps.js';

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
  private readonly caps: SocketCaps;
  private accepting = true;

  constructor(
    private readonly authenticator: CollabAuthenticator,
    private readonly rooms: RoomRegistry,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    // ws enforces a hard ceiling well above the limit; the connection closes at the limit itself with 4413.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes * 2 + 1024, perMessageDeflate: false });
    this.caps = socketCaps(settings.maxConnectionsPerUser, settings.maxConnectionsPerComparison);
  }

  /** Routes `upgrade` requests of an HTTP server (called once the server exists). */
  attach(server: { on(event: 'upgrade', listener: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): unknown }): void {
    server.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
  }

  /** Stops accepting sockets (shutdown); open ones are closed by the room registry. */
  stopAccepting(): void {
    this.accepting = false;
    for (const conn of this.connections) conn.close(COLLAB_CLOSE.SHUTTING_DOWN, 'the server is shutting down');
    this.wss.close();
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '/').split('?')[0]!;
    // graphql-ws (@nestjs/graphql) answers every url starting with /graphql on its own listener.
    if (path.startsWith('/graphql')) return;
    if (!path.startsWith(COLLAB_PATH) || !this.settings.servesSockets || !this.accepting) {
      socket.destroy();
      return;
    }
    socket.on('error', () => undefined);
    const comparisonId = decodeURIComponent(path.slice(COLLAB_PATH.length)).replace(/\/+$/, '');
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
    // The slot is taken before the upgrade completes: the answer may come from the cluster primary, and a
    // socket that is open already would lose the messages its client sends meanwhile.
    const slot = access.ok && !socket.destroyed && (await this.caps.tryOpen(comparisonId, access.userId).catch(() => false));
    if (socket.destroyed) {
      if (slot && access.ok) this.caps.closed(comparisonId, access.userId);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (!access.ok) ws.close(access.code, access.reason);
      else if (!slot) ws.close(COLLAB_CLOSE.TOO_MANY_CONNECTIONS, 'too many open connections; close another tab');
      else this.open(ws, access, comparisonId, new URL(req.url ?? '/', 'http://localhost').searchParams.get(COLLAB_ACKS_PARAM) === '1');
    });
  }

  /** Serves an accepted socket that holds a slot of the caps (given back when it closes). */
  private open(ws: WebSocket, access: CollabAccess, comparisonId: string, acks: boolean): void {
    const conn = new CollabConnection(ws, access, this.settings, acks, this.log);
    this.connections.add(conn);
    conn.onClose(() => {
      this.connections.delete(conn);
      this.caps.closed(comparisonId, access.userId);
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
