/**
 * A token bucket on messages and bytes for one connection. Buckets start full, so a client's initial burst
 * (sync step 2 of an offline session, awareness) passes; a sustained flood empties them. A message that
 * does not fit takes nothing: the caller holds it and retries after {@link msUntil}.
 */
export class RateLimiter {
  private messages: number;
  private bytes: number;
  private last = performance.now();
  private readonly bytesCapacity: number;

  /** Creates a limiter refilling `messagesPerSec` / `bytesPerSec`, holding at most `burst` / 4 s of bytes. */
  constructor(
    private readonly messagesPerSec: number,
    private readonly burst: number,
    private readonly bytesPerSec: number,
  ) {
    this.messages = burst;
    this.bytesCapacity = bytesPerSec * 4;
    this.bytes = this.bytesCapacity;
  }

  /** Takes one message of `size` bytes when the buckets allow it; returns false (taking nothing) otherwise. */
  take(size: number): boolean {
    this.refill();
    // A message bigger than the byte bucket can ever hold passes once the bucket is full.
    const cost = Math.min(size, this.bytesCapacity);
    if (this.messages < 1 || this.bytes < cost) return false;
    this.messages -= 1;
    this.bytes -= cost;
    return true;
  }

  /** How long until a message of `size` bytes would pass. */
  msUntil(size: number): number {
    this.refill();
    const cost = Math.min(size, this.bytesCapacity);
    const forMessages = this.messages >= 1 ? 0 : ((1 - this.messages) / this.messagesPerSec) * 1000;
    const forBytes = this.bytes >= cost ? 0 : ((cost - this.bytes) / this.bytesPerSec) * 1000;
    return Math.max(forMessages, forBytes);
  }

  private refill(): void {
    const now = performance.now();
    const elapsed = (now - this.last) / 1000;
    this.last = now;
    this.messages = Math.min(this.burst, this.messages + elapsed * this.messagesPerSec);
    this.bytes = Math.min(this.bytesCapacity, this.bytes + elapsed * this.bytesPerSec);
  }
}
