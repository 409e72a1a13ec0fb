import { COLLAB_CLOSE } from '@parallax/doc';
import type { Logger } from 'pino';
import { WebSocket, type RawData } from 'ws';
import type { CollabSettings } from '../collab.config.js';
import { decodeClientMessage, MalformedMessage, type ClientMessage } from '../protocol/decode-message.js';
import { encodeAck } from '../protocol/messages.js';
import type { DocRoom } from '../rooms/doc-room.js';
import { RoomPeer } from '../rooms/room-peer.js';
import type { CollabAccess } from './collab-authenticator.js';
import { Heartbeat } from './heartbeat.js';
import { InboundThrottle } from './inbound-throttle.js';
import { RateLimiter } from './rate-limiter.js';

/** A peer whose outgoing buffer grows past this is too slow to keep up; it is closed (and resyncs on reconnect). */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/**
 * One client socket. Every frame is size-checked, rate-limited (by backpressure) and fully decoded before
 * the room sees it; anything malformed or hostile closes this connection only. Frames that arrive while the
 * room is still loading are queued and handled in order once it is ready (load before sync).
 */
export class CollabConnection extends RoomPeer {
  readonly workspaceId: string;
  /** Hash of the credential the socket was opened with (see MembershipWatcher.closeCredential). */
  readonly credential: string;
  private room: DocRoom | null = null;
  private readonly waiting: Uint8Array[] = [];
  private readonly throttle: InboundThrottle;
  private readonly heartbeat: Heartbeat;
  private updatesReceived = 0;
  private acked = 0;
  private closed = false;
  private readonly closeHandlers: (() => void)[] = [];
  /** Sync step 1 answers go out one at a time; a request that arrives meanwhile waits (only the latest). */
  private answering = false;
  private nextStateVector: Uint8Array | null = null;

  constructor(
    private readonly ws: WebSocket,
    access: CollabAccess,
    private readonly settings: CollabSettings,
    private readonly acksEnabled: boolean,
    private readonly log: Logger,
  ) {
    super(access.userId, access.userName, access.readOnly);
    this.workspaceId = access.workspaceId;
    this.credential = access.credential;
    const limiter = new RateLimiter(settings.rateMessagesPerSec, settings.rateBurst, settings.rateBytesPerSec);
    this.throttle = new InboundThrottle(
      ws,
      limiter,
      settings.maxMessageBytes * 4,
      (frame) => this.route(frame),
      () => this.close(COLLAB_CLOSE.RATE_LIMITED, 'too many messages; reconnect to resend'),
    );
    this.heartbeat = new Heartbeat(
      ws,
      settings.heartbeatMs,
      () => this.throttle.isPaused,
      () => this.timedOut(),
    );
    ws.on('message', (data, isBinary) => this.onFrame(data, isBinary));
    ws.on('close', () => this.onClosed());
    ws.on('error', (err) => log.debug({ err: err.message }, 'collab socket error'));
  }

  /** True once the socket closed or is closing. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** How many times this connection was slowed down by backpressure. */
  get throttledTimes(): number {
    return this.throttle.pauses;
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

  send(message: Uint8Array, sent?: () => void): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(COLLAB_CLOSE.RATE_LIMITED, 'the client does not read fast enough');
      return;
    }
    this.ws.send(message, sent && (() => sent()));
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
    this.throttle.push(frame);
  }

  private route(frame: Uint8Array): void {
    if (this.closed) return;
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
        return this.answerSyncStep1(message.stateVector);
      case 'update':
        // A VIEWER's update is dropped without a word: the stock client cannot be told to stop sending.
        if (this.readOnly) return;
        this.updatesReceived += 1;
        room.receiveUpdate(this, message.update, message.decoded, this.updatesReceived);
        return;
      case 'awareness':
        room.receiveAwareness(this, message.update, message.entries);
        return;
      case 'query-awareness': {
        const states = room.presence.snapshotMessage();
        if (states) this.send(states);
      }
    }
  }

  /**
   * Answers sync step 1, one answer in flight per connection: the next is computed only once the previous
   * left the process, so a peer repeating step 1 cannot make the server hold many copies of a large doc.
   */
  private answerSyncStep1(stateVector: Uint8Array): void {
    if (this.answering) {
      this.nextStateVector = stateVector;
      return;
    }
    this.answering = true;
    const next = () => {
      this.answering = false;
      const queued = this.nextStateVector;
      this.nextStateVector = null;
      if (queued && !this.closed) this.answerSyncStep1(queued);
    };
    this.room!.syncStep2For(stateVector).then(
      (answer) => (this.closed ? next() : this.send(answer, next)),
      () => this.close(COLLAB_CLOSE.PERSIST_FAILED, 'the doc is unavailable'),
    );
  }

  private timedOut(): void {
    this.log.debug({ userId: this.userId }, 'collab socket missed its heartbeat');
    this.close(COLLAB_CLOSE.IDLE_TIMEOUT, 'no heartbeat');
    // A half-open TCP connection never completes the closing handshake; drop it.
    this.ws.terminate();
  }

  private onClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting.length = 0;
    this.throttle.stop();
    this.heartbeat.stop();
    this.room?.removePeer(this);
    this.closeHandlers.splice(0).forEach((h) => h());
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
