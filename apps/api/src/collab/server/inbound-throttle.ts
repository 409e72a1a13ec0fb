import type { WebSocket } from 'ws';
import { RateLimiter } from './rate-limiter.js';

/**
 * Held frames are released at most this often: a burst of them then goes through the room (and its group
 * commit) together, instead of one timer, one apply and one database round trip per message.
 */
const DRAIN_EVERY_MS = 10;

/**
 * Rate limiting by backpressure: frames over the connection's rate are held, in order, and the socket is
 * paused (no more bytes are read from TCP), so a fast sender is slowed down by its own send buffer instead
 * of being disconnected. A stock y-websocket client cannot be told to slow down and loses whatever it had
 * not sent when closed with a final code; pausing loses nothing. Only a sender that keeps pushing past a
 * paused socket's in-flight bytes (more than `maxHeldBytes`) is closed, and with a transient code.
 */
export class InboundThrottle {
  private readonly held: Uint8Array[] = [];
  private heldBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private paused = false;
  /** How many times this connection was paused (for logs and tests). */
  pauses = 0;

  constructor(
    private readonly ws: WebSocket,
    private readonly limiter: RateLimiter,
    private readonly maxHeldBytes: number,
    private readonly deliver: (frame: Uint8Array) => void,
    private readonly overflow: () => void,
  ) {}

  /** True while the socket is paused (the heartbeat cannot expect pongs then: nothing is read). */
  get isPaused(): boolean {
    return this.paused;
  }

  /** Delivers the frame now when the rate allows and nothing is held before it; holds it otherwise. */
  push(frame: Uint8Array): void {
    if (this.held.length === 0 && this.limiter.take(frame.length)) return this.deliver(frame);
    this.held.push(frame);
    this.heldBytes += frame.length;
    if (this.heldBytes > this.maxHeldBytes) return this.overflow();
    if (!this.paused) {
      this.paused = true;
      this.pauses += 1;
      this.ws.pause();
    }
    this.schedule();
  }

  /** Drops what is held and stops the timer (the connection closed). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.held.length = 0;
    this.heldBytes = 0;
  }

  private schedule(): void {
    if (this.timer || this.held.length === 0) return;
    const wait = Math.max(DRAIN_EVERY_MS, Math.ceil(this.limiter.msUntil(this.held[0]!.length)));
    this.timer = setTimeout(() => this.drain(), wait);
  }

  private drain(): void {
    this.timer = null;
    while (this.held.length > 0 && this.limiter.take(this.held[0]!.length)) {
      const frame = this.held.shift()!;
      this.heldBytes -= frame.length;
      this.deliver(frame);
    }
    if (this.held.length > 0) return this.schedule();
    if (this.paused) {
      this.paused = false;
      this.ws.resume();
    }
  }
}
