// Collab socket helpers for the security suite: stock y-websocket clients and raw sockets.
import { COLLAB_MESSAGE } from '@parallax/doc';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { waitFor } from './fixtures.js';

/** The collab endpoint base of an http:// product URL. */
export const collabBase = (url: string) => url.replace(/^http/, 'ws') + '/collab';

/** A stock y-websocket client in node; its close codes are recorded. */
export function stockClient(url: string, comparisonId: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(collabBase(url), comparisonId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
    maxBackoffTime: 300,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return {
    doc,
    provider,
    closes,
    synced: () => waitFor(() => provider.synced, 'the client to sync'),
    destroy() {
      provider.destroy();
      provider.awareness.destroy();
    },
  };
}

/** A raw socket on a comparison; `headers` may carry a cookie or an Origin. */
export function rawSocket(
  url: string,
  comparisonId: string,
  opts: { token?: string; headers?: Record<string, string>; autoPong?: boolean } = {},
) {
  const query = opts.token ? `?token=${opts.token}` : '';
  const ws = new WebSocket(`${collabBase(url)}/${comparisonId}${query}`, { headers: opts.headers, autoPong: opts.autoPong ?? true });
  ws.on('error', () => undefined);
  const received: Buffer[] = [];
  ws.on('message', (d) => received.push(d as Buffer));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code} before opening`)));
  });
  opened.catch(() => undefined);
  return { ws, received, closed, opened };
}

/** `[sync][update][bytes]`, what the stock client sends for a change. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.SYNC);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

/** `[sync][step 1][state vector]`. */
export function stepOneFrame(stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.SYNC);
  encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(e, stateVector);
  return encoding.toUint8Array(e);
}

/** `[awareness][entries]` with the given (clientId, clock, state) entries. */
export function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, COLLAB_MESSAGE.AWARENESS);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

export { awarenessProtocol };

/** Resident memory of a process in MB (Linux /proc). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
