import { Worker } from 'node:worker_threads';

type Reply = { id: number; state?: Uint8Array; error?: string };

/**
 * Folds a snapshot and log entries into one encoded state on a worker thread. Folding a large doc takes
 * tens of milliseconds of CPU; on the main thread that would stall every room's relay (the p99 of update
 * propagation), so compaction does it here. One worker, started on first use, serves every compaction.
 */
export class StateFolder {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (s: Uint8Array) => void; reject: (e: Error) => void }>();

  /** Returns the encoded state of `snapshot` with `updates` applied (garbage-collected, so smaller). */
  fold(snapshot: Uint8Array | null, updates: Uint8Array[]): Promise<Uint8Array> {
    const worker = this.start();
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, snapshot, updates });
    });
  }

  /** Stops the worker (shutdown). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./state-folder.worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.state) waiter?.resolve(reply.state);
      else waiter?.reject(new Error(reply.error ?? 'fold failed'));
    });
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error('the fold worker exited'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }
}
