import cluster, { type Worker } from 'node:cluster';
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
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
export function serveClusterWorker(
  worker: Worker,
  handlers: ClusterHandlers,
  workerAt: (index: number) => Worker | undefined = () => undefined,
): void {
  worker.on('message', (m: BusMessage | RequestMessage | SocketMessage, handle?: Socket) => {
    if (m?.t === 'parallax:socket') {
      const owner = workerAt(m.to);
      if (owner?.isConnected() && handle) owner.send(m, handle, { keepOpen: false }, (err: Error | null) => err && handle.destroy());
      else handle?.destroy();
    } else if (m?.t === 'parallax:bus') {
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

/** A socket handed from the worker that accepted it to the worker that owns its room (see handOffSocket). */
type SocketMessage = {
  t: 'parallax:socket';
  to: number;
  req: { method: string; url: string; headers: IncomingHttpHeaders };
  head: Uint8Array;
};

/** This worker's place among the cluster's API workers, set once from the primary's init answer. */
let place: { index: number; count: number } | null = null;

/** Records which of the cluster's `count` workers this process is (runClusterWorker calls it before serving). */
export function setWorkerPlace(index: number, count: number): void {
  place = { index, count };
}

/**
 * The worker that serves a room: the same for every connection to it, so its clients share one copy of the
 * doc in one process. Without this, node:cluster's round-robin gave each worker its own copy (a cold load of
 * the doc in each, twice the memory) and relayed every edit between them through the primary.
 * Null when this process is not a cluster worker, or is the owner.
 */
export function otherOwnerOf(key: string): number | null {
  if (!place || place.count < 2) return null;
  const owner = createHash('sha1').update(key).digest().readUInt32BE(0) % place.count;
  return owner === place.index ? null : owner;
}

/**
 * Sends an upgrade request's socket to worker `to` through the primary (the request as parsed here, and
 * the bytes read after it). The socket is closed here once sent; the client sees nothing of the move.
 */
export function handOffSocket(to: number, req: IncomingMessage, socket: Socket, head: Buffer): void {
  const message: SocketMessage = {
    t: 'parallax:socket',
    to,
    req: { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers },
    head,
  };
  if (!process.connected) return void socket.destroy();
  process.send!(message, socket, { keepOpen: false }, (err: Error | null) => err && socket.destroy());
}

/** Calls `handler` with each socket another worker handed to this one, and the request it came with. */
export function onHandedOffSocket(handler: (req: IncomingMessage, socket: Socket, head: Buffer) => void): void {
  process.on('message', (m: SocketMessage, socket?: Socket) => {
    if (m?.t !== 'parallax:socket' || !socket) return;
    // What the handlers read of a request: its method, url and headers, and the connection it came on.
    const req = { method: m.req.method, url: m.req.url, headers: m.req.headers, socket } as unknown as IncomingMessage;
    handler(req, socket, Buffer.from(m.head.buffer, m.head.byteOffset, m.head.byteLength));
  });
}
