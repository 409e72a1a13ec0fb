interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Writes items in batches: whatever is enqueued while writes are in flight goes into the next batch. Under
 * load this turns N commits into a few, without delaying a lone item at all. Up to `maxInFlight` batches
 * are written at once (their commits share Postgres' WAL flushes, so a slow fsync does not hold the next
 * batch back), but batches *complete* in enqueue order: a batch settles only after every earlier batch
 * settled. So a resolved promise still means every earlier item is written, and whatever the owner does on
 * completion (relay, acknowledge) happens in order.
 */
export class GroupCommit<T> {
  private queue: Pending<T>[] = [];
  private inFlight = 0;
  /** Settles when the most recently started batch (and so every earlier one) has settled. */
  private tail: Promise<void> = Promise.resolve();
  private last: Promise<void> = Promise.resolve();
  private idleWaiters: (() => void)[] = [];

  /** Creates a writer around `write`, which stores one batch (and may retry) or throws. */
  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxBatch = 1000,
    private readonly maxInFlight = 2,
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
    return this.inFlight === 0 && this.queue.length === 0;
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
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) this.start(this.queue.splice(0, this.maxBatch));
  }

  private start(batch: Pending<T>[]): void {
    this.inFlight += 1;
    const written = this.write(batch.map((p) => p.item)).then(
      () => ({ ok: true as const }),
      (err: unknown) => ({ ok: false as const, err }),
    );
    // Settle in order: wait for the batches started before this one, whatever the commit order was.
    const previous = this.tail;
    this.tail = previous.then(async () => {
      const outcome = await written;
      if (outcome.ok) batch.forEach((p) => p.resolve());
      else batch.forEach((p) => p.reject(outcome.err));
      this.inFlight -= 1;
      this.kick();
      if (this.idle) this.idleWaiters.splice(0).forEach((w) => w());
    });
  }
}
