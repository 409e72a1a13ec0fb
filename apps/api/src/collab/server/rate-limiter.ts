/**
 * A token bucket on messages and bytes for one connection. Buckets start full, so a client's initial burst
 * (sync step 2 of an offline session, awareness) passes; a sustained flood empties them.
 */
export class RateLimiter {
  private messages: number;
  private bytes: number;
  private last = performance.now();

  /** Creates a limiter refilling `messagesPerSec` / `bytesPerSec`, holding at most `burst` / 4 s of bytes. */
  constructor(
    private readonly messagesPerSec: number,
    private readonly burst: number,
    private readonly bytesPerSec: number,
  ) {
    this.messages = burst;
    this.bytes = bytesPerSec * 4;
  }

  /** Takes one message of `size` bytes; returns false when the connection is over its rate. */
  take(size: number): boolean {
    const now = performance.now();
    const elapsed = (now - this.last) / 1000;
    this.last = now;
    this.messages = Math.min(this.burst, this.messages + elapsed * this.messagesPerSec);
    this.bytes = Math.min(this.bytesPerSec * 4, this.bytes + elapsed * this.bytesPerSec);
    this.messages -= 1;
    this.bytes -= size;
    return this.messages >= 0 && this.bytes >= 0;
  }
}
