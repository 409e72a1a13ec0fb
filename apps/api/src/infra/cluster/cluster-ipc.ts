import cluster, { type Worker } from 'node:cluster';
import type { BusHandler, MessageBus } from '../pubsub/message-bus.js';

/** The IPC messages between the cluster primary and its API workers. */
type BusMessage = { t: 'parallax:bus'; channel: string; message: Uint8Array | string };
type RequestMessage = { t: 'parallax:req'; id: number; kind: string; body: unknown };
type ReplyMessage = { t: 'parallax:reply'; id: number; ok: boolean; body: unknown };

/** Whether this process is an API worker of a cluster primary (main-cluster.ts), with its IPC channel. */
export function isClusterWorker(): boolean {
  return cluster.isWorker && typeof process.send === 'function';
}

/**
 * The MessageBus of a cluster worker: messages go to the primary, which hands each to every worker (the
 * sender included, as Redis does) in the order it received them. No Redis is needed on one machine.
 */
export class ClusterBus implements MessageBus {
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private readonly onMessage = (m: BusMessage) => {
    if (m?.t !== 'parallax:bus') return;
    const set = this.handlers.get(m.channel);
    if (!set) return;
    const buf =
      typeof m.message === 'string' ? Buffer.from(m.message) : Buffer.from(m.message.buffer, m.message.byteOffset, m.message.byteLength);
    for (const handler of set) handler(buf);
  };

  constructor(readonly prefix: string) {
    process.on('message', this.onMessage);
  }

  channel(suffix: string): string {
    return `${this.prefix}:${suffix}`;
  }

  async subscribe(channel: string, handler: BusHandler): Promise<void> {
    let set = this.handlers.get(channel);
    if (!set) this.handlers.set(channel, (set = new Set()));
    set.add(handler);
  }

  async unsubscribe(channel: string, handler: BusHandler): Promise<void> {
    const set = this.handlers.get(channel);
    if (set?.delete(handler) && set.size === 0) this.handlers.delete(channel);
  }

  publish(channel: string, message: Buffer | string): void {
    // Gone only while this worker stops (the primary exited or is stopping it): nobody is left to hear it.
    if (process.connected) process.send!({ t: 'parallax:bus', channel, message } satisfies BusMessage);
  }

  onReconnect(): void {
    // The IPC channel does not reconnect: losing it ends the worker (main-cluster.ts).
  }

  async close(): Promise<void> {
    this.handlers.clear();
    process.off('message', this.onMessage);
  }
}

let nextRequestId = 0;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

/** Asks the cluster primary to run its `kind` handler (see serveClusterWorkers) and resolves to its answer. */
export function clusterRequest<T>(kind: string, body: unknown): Promise<T> {
  if (pending.size === 0) process.on('message', onReply);
  const id = ++nextRequestId;
  return new Promise<T>((resolve, reject) => {
    if (!process.connected) return reject(new Error('the cluster primary is gone'));
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    process.send!({ t: 'parallax:req', id, kind, body } satisfies RequestMessage);
  });
}

function onReply(m: ReplyMessage): void {
  if (m?.t !== 'parallax:reply') return;
  const p = pending.get(m.id);
  if (!p) return;
  pending.delete(m.id);
  if (pending.size === 0) process.off('message', onReply);
  if (m.ok) p.resolve(m.body);
  else p.reject(new Error(String(m.body)));
}

/** The primary's answers to clusterRequest, by kind. */
export type ClusterHandlers = Record<string, (body: never) => unknown>;

/**
 * Run by the cluster primary for each worker it forks: relays bus messages to every live worker and answers
 * the worker's requests with `handlers` (state that must be one for the machine, such as sign-in throttles).
 */
export function serveClusterWorker(worker: Worker, handlers: ClusterHandlers): void {
  worker.on('message', (m: BusMessage | RequestMessage) => {
    if (m?.t === 'parallax:bus') {
      for (const w of Object.values(cluster.workers ?? {})) if (w?.isConnected()) w.send(m);
    } else if (m?.t === 'parallax:req') {
      const handler = handlers[m.kind];
      const reply = (ok: boolean, body: unknown) => {
        if (worker.isConnected()) worker.send({ t: 'parallax:reply', id: m.id, ok, body } satisfies ReplyMessage);
      };
      if (!handler) return reply(false, `no cluster handler for ${m.kind}`);
      Promise.resolve()
        .then(() => handler(m.body as never))
        .then(
          (body) => reply(true, body),
          (err: unknown) => reply(false, err instanceof Error ? err.message : String(err)),
        );
    }
  });
}
