import type { WebSocket } from 'ws';

/**
 * Pings the client every `intervalMs` and gives up on it when a whole interval passes with neither a pong
 * nor a message: a half-open socket (a laptop that slept, a dropped network) would otherwise hold its room,
 * its presence and a connection slot forever. A paused socket (see InboundThrottle) counts as alive, since
 * it is the server that stopped reading.
 */
export class Heartbeat {
  private alive = true;
  private readonly timer: NodeJS.Timeout;

  constructor(ws: WebSocket, intervalMs: number, isPaused: () => boolean, onTimeout: () => void) {
    const seen = () => (this.alive = true);
    ws.on('pong', seen);
    ws.on('message', seen);
    this.timer = setInterval(() => {
      if (!this.alive && !isPaused()) return onTimeout();
      this.alive = false;
      ws.ping();
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops pinging (the connection closed). */
  stop(): void {
    clearInterval(this.timer);
  }
}
