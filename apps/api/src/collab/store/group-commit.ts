interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Writes items in batches, one batch at a time: whatever is enqueued while a write is in flight goes into
 * the next write. Under load this turns N commits into a few, without delaying a lone item at all.
 * Batches complete in enqueue order, so a promise resolving means every earlier item is written too.
 */
export class GroupCommit<T> {
  private queue: Pending<T>[] = [];
  private inFlight: Promise<void> | null = null;
  private last: Promise<void> = Promise.resolve();
  private idleWaiters: (() => void)[] = [];

  /** Creates a writer around `write`, which stores one batch (and may retry) or throws. */
  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxBatch = 1000,
  ) {}

  /** Queues an item; the promise settles when the batch holding it is written (or failed). */
  enqueue(item: T): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => this.queue.push({ item, resolve, reject }));
    this.last = promise.catch(() => undefined);
    this.kick();
    return promise;
  }

  /** Resolves once everything enqueued so far has been written or has failed. */
  barrier(): Promise<void> {
    return this.last;
  }

  /** True when nothing is queued or being written. */
  get idle(): boolean {
    return this.inFlight === null && this.queue.length === 0;
  }

  /** Resolves the next time the writer is idle (at once if it is). */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Rejects every queued item (used when the owner gives up, e.g. the room is evicted). */
  failPending(err: unknown): void {
    const pending = this.queue.splice(0);
    pending.forEach((p) => p.reject(err));
  }

  private kick(): void {
    if (this.inFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatch);
    this.inFlight = this.write(batch.map((p) => p.item)).then(
      () => batch.forEach((p) => p.resolve()),
      (err: unknown) => batch.forEach((p) => p.reject(err)),
    );
    void this.inFlight.finally(() => {
      this.inFlight = null;
      this.kick();
      if (this.idle) this.idleWaiters.splice(0).forEach((w) => w());
    });
  }
}
