import { COLLAB_CLOSE } from '@parallax/doc';
import type { Logger } from 'pino';
import { WebSocket, type RawData } from 'ws';
import type { CollabSettings } from '../collab.config.js';
import { decodeClientMessage, MalformedMessage, type ClientMessage } from '../protocol/decode-message.js';
import { encodeAck } from '../protocol/messages.js';
import type { DocRoom } from '../rooms/doc-room.js';
import { RoomPeer } from '../rooms/room-peer.js';
import type { CollabAccess } from './collab-authenticator.js';
import { RateLimiter } from './rate-limiter.js';

/** A peer whose outgoing buffer grows past this is too slow to keep up; it is closed (and resyncs on reconnect). */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/**
 * One client socket. Every frame is size-checked, rate-limited and fully decoded before the room sees it;
 * anything malformed or hostile closes this connection only. Frames that arrive while the room is still
 * loading are queued and handled in order once it is ready (load before sync).
 */
export class CollabConnection extends RoomPeer {
  readonly workspaceId: string;
  private room: DocRoom | null = null;
  private readonly waiting: Uint8Array[] = [];
  private readonly limiter: RateLimiter;
  private updatesReceived = 0;
  private acked = 0;
  private closed = false;
  private readonly closeHandlers: (() => void)[] = [];

  constructor(
    private readonly ws: WebSocket,
    access: CollabAccess,
    private readonly settings: CollabSettings,
    private readonly acksEnabled: boolean,
    private readonly log: Logger,
  ) {
    super(access.userId, access.readOnly);
    this.workspaceId = access.workspaceId;
    this.limiter = new RateLimiter(settings.rateMessagesPerSec, settings.rateBurst, settings.rateBytesPerSec);
    ws.on('message', (data, isBinary) => this.onFrame(data, isBinary));
    ws.on('close', () => this.onClosed());
    ws.on('error', (err) => log.debug({ err: err.message }, 'collab socket error'));
  }

  /** True once the socket closed or is closing. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Runs `handler` once when the connection closes (releases the room lease). */
  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** Joins the loaded room and handles the frames that waited for it. */
  attach(room: DocRoom): void {
    if (this.closed) return;
    this.room = room;
    room.addPeer(this);
    for (const frame of this.waiting.splice(0)) this.handle(frame);
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(COLLAB_CLOSE.RATE_LIMITED, 'the client does not read fast enough');
      return;
    }
    this.ws.send(message);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.log.debug({ code, reason, userId: this.userId }, 'closing collab socket');
    this.ws.close(code, reason);
    this.onClosed();
  }

  acknowledge(count: number): void {
    if (!this.acksEnabled || count <= this.acked) return;
    this.acked = count;
    this.send(encodeAck(count));
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(COLLAB_CLOSE.BAD_MESSAGE, 'text frames are not part of the protocol');
    const frame = toBytes(data);
    if (frame.length > this.settings.maxMessageBytes) return this.close(COLLAB_CLOSE.MESSAGE_TOO_LARGE, 'message too large');
    if (!this.limiter.take(frame.length)) return this.close(COLLAB_CLOSE.RATE_LIMITED, 'too many messages');
    if (this.room) this.handle(frame);
    else this.waiting.push(frame);
  }

  private handle(frame: Uint8Array): void {
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
    } catch (err) {
      const reason = err instanceof MalformedMessage ? err.message : 'undecodable message';
      return this.close(COLLAB_CLOSE.BAD_MESSAGE, reason.slice(0, 100));
    }
    this.dispatch(message);
  }

  private dispatch(message: ClientMessage): void {
    const room = this.room!;
    switch (message.kind) {
      case 'sync-step1':
        room.answerSyncStep1(this, message.stateVector).catch(() => this.close(COLLAB_CLOSE.PERSIST_FAILED, 'the doc is unavailable'));
        return;
      case 'update':
        // A VIEWER's update is dropped without a word: the stock client cannot be told to stop sending.
        if (this.readOnly) return;
        this.updatesReceived += 1;
        room.receiveUpdate(this, message.update, this.updatesReceived);
        return;
      case 'awareness':
        room.receiveAwareness(this, message.update);
        return;
      case 'query-awareness': {
        const states = room.presence.snapshotMessage();
        if (states) this.send(states);
      }
    }
  }

  private onClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting.length = 0;
    this.room?.removePeer(this);
    this.closeHandlers.splice(0).forEach((h) => h());
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
