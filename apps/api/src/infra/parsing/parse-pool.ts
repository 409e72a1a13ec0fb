import type { ImportedArticle, ImportInput, ImportOptions } from '@parallax/text';
import { Worker } from 'node:worker_threads';

/** One parse: text or HTML in `input`, or the bytes of a PDF (whose `input` gives only url/overrides). */
export interface ParseJob {
  input: ImportInput;
  options?: ImportOptions;
  pdf?: Uint8Array;
}

/** What a PDF parse adds to the article: the extracted text (stored as the raw text) and its pages. */
export type ParsedArticle = ImportedArticle & { extractedText?: string; pages?: number };

/** Limits of the pool; the defaults live in the config schema (PARSE_*). */
export interface ParseLimits {
  workers: number;
  timeoutMs: number;
  maxMemoryMb: number;
}

/** A parse the importer refused (its code) or the pool stopped (PARSE_TIMEOUT, PARSE_OUT_OF_MEMORY). */
export class ParseRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ParseRefused';
  }
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  job: ParseJob;
  resolve: (a: ParsedArticle) => void;
  reject: (e: Error) => void;
}

/**
 * Runs imports on worker threads so that parsing never blocks the API: a hostile page (20,000 nested
 * elements, 50,000 empty paragraphs) costs a worker, not the event loop. Each worker has a V8 heap limit
 * (`resourceLimits`); each job a deadline, after which its worker is terminated and replaced. Jobs queue
 * when all workers are busy.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly limits: ParseLimits) {}

  /** Parses one article; rejects with {@link ParseRefused} when the input or the limits refuse it. */
  parse(job: ParseJob): Promise<ParsedArticle> {
    if (this.closed) return Promise.reject(new ParseRefused('PARSE_FAILED', 'The parser is shutting down.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.drain();
    });
  }

  /** Stops every worker (shutdown); queued jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ParseRefused('PARSE_FAILED', 'The parser is shutting down.'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.limits.workers ? this.spawn() : undefined);
      if (slot === undefined) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const mb = this.limits.maxMemoryMb;
    const worker = new Worker(new URL('./parse.worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: Math.max(8, Math.round(mb / 8)), stackSizeMb: 4 },
    });
    worker.unref();
    const slot = { worker, busy: false };
    this.slots.push(slot);
    return slot;
  }

  private run(slot: Slot, pending: Pending): void {
    slot.busy = true;
    const { worker } = slot;
    let settled = false;
    const finish = (outcome: () => void, replace: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (replace) this.retire(slot);
      else slot.busy = false;
      outcome();
      this.drain();
    };
    const onMessage = (reply: {
      result?: ParsedArticle;
      error?: { code: string; message: string; details?: Record<string, unknown> };
    }): void =>
      finish(
        () =>
          reply.error
            ? pending.reject(new ParseRefused(reply.error.code, reply.error.message, reply.error.details))
            : pending.resolve(reply.result!),
        false,
      );
    const onError = (err: Error & { code?: string }): void => {
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const refusal = outOfMemory
        ? new ParseRefused(
            'PARSE_OUT_OF_MEMORY',
            `The page needs more than ${this.limits.maxMemoryMb} MB to parse, the import limit; nothing was stored.`,
          )
        : new ParseRefused('PARSE_FAILED', `The page could not be parsed: ${err.message}`);
      finish(() => pending.reject(refusal), true);
    };
    const onExit = (): void => finish(() => pending.reject(new ParseRefused('PARSE_FAILED', 'The parser stopped unexpectedly.')), true);
    const timer = setTimeout(() => {
      const seconds = (this.limits.timeoutMs / 1000).toFixed(this.limits.timeoutMs < 1000 ? 2 : 0);
      finish(
        () =>
          pending.reject(
            new ParseRefused('PARSE_TIMEOUT', `The page took longer than ${seconds} s to parse, the import limit; nothing was stored.`),
          ),
        true,
      );
    }, this.limits.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const transfer = pending.job.pdf ? { ...pending.job, pdf: pending.job.pdf.slice() } : pending.job;
    worker.postMessage({ id: 0, job: transfer });
  }

  // A worker that timed out or crashed may still be spinning: terminate it and let the next job spawn a fresh one.
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i !== -1) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }
}
