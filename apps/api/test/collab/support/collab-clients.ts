import { COLLAB_MESSAGE } from '@parallax/doc';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { waitFor } from './collab-fixtures.js';

/** A stock y-websocket client in node (ws polyfill, no BroadcastChannel), with its close events recorded. */
export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes the server sent, in order. */
  closes: number[];
  /** Acknowledged update count, when connected with acks. */
  acked(): number;
  destroy(): void;
}

/** Options of {@link connectClient}. */
export interface ClientOptions {
  token?: string;
  acks?: boolean;
  doc?: Y.Doc;
  connect?: boolean;
}

/** Returns the base ws:// URL of the collab endpoint of an http:// API URL. */
export function collabUrl(apiUrl: string): string {
  return apiUrl.replace(/^http/, 'ws') + '/collab';
}

/** Opens a stock WebsocketProvider on a comparison (the room name is the comparison id). */
export function connectClient(apiUrl: string, comparisonId: string, opts: ClientOptions = {}): CollabClient {
  const doc = opts.doc ?? new Y.Doc();
  const params: Record<string, string> = {};
  if (opts.token) params.token = opts.token;
  if (opts.acks) params.acks = '1';
  const provider = new WebsocketProvider(collabUrl(apiUrl), comparisonId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
    params,
    maxBackoffTime: 300,
  });
  let acked = 0;
  // The one extra message type: register its handler before connecting (see COLLAB_MESSAGE.ACK).
  provider.messageHandlers[COLLAB_MESSAGE.ACK] = (_enc, decoder) => {
    acked = decoding.readVarUint(decoder as decoding.Decoder);
  };
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  if (opts.connect !== false) provider.connect();
  return {
    doc,
    provider,
    closes,
    acked: () => acked,
    destroy: () => {
      provider.destroy();
      // The stock provider leaves its Awareness (and its 3 s timer) running.
      provider.awareness.destroy();
    },
  };
}

/** Opens a client and waits until it has synced with the server. */
export async function syncedClient(apiUrl: string, comparisonId: string, opts: ClientOptions = {}): Promise<CollabClient> {
  const client = connectClient(apiUrl, comparisonId, opts);
  await waitFor(() => client.provider.synced, 'the client to sync');
  return client;
}

/** Resolves with the first close code a raw socket receives. */
export function closeCodeOf(ws: WebSocket, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket was not closed')), timeoutMs);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Opens a raw WebSocket to a comparison's collab endpoint (for auth and hostile-input tests). */
export function rawSocket(apiUrl: string, comparisonId: string, query = '', headers: Record<string, string> = {}): WebSocket {
  const ws = new WebSocket(`${collabUrl(apiUrl)}/${comparisonId}${query ? `?${query}` : ''}`, { headers });
  ws.on('error', () => undefined);
  return ws;
}

/** Resolves once a raw socket is open. */
export function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code} before opening`)));
  });
}
