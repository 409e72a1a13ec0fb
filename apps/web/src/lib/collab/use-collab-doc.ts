import { COLLAB_ACKS_PARAM, COLLAB_CLOSE, COLLAB_MESSAGE, getSchemaVersion } from '@parallax/doc';
import * as decoding from 'lib0/decoding';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { usePainted } from '../use-painted';
import { OFFLINE_DB_PREFIX } from './clear-offline-copies';
import { type CollabStatus, collabStatus, type ProviderState, refusalMessage, type SaveStatus } from './collab-status';
import { CountingWebSocket } from './counting-socket';
import { type ValueStore, valueStore } from './value-store';

/** The live doc of one comparison, its awareness (presence) and where it stands. */
export interface CollabDoc {
  doc: Y.Doc;
  provider: WebsocketProvider | null;
  /** One union: connecting | local | synced | refused (see {@link CollabStatus}). */
  status: CollabStatus;
  /**
   * Whether local changes are durable. A store rather than state: it flips on every keystroke and ack,
   * and only the save indicator should re-render for that, not the whole workspace.
   */
  save: ValueStore<SaveStatus>;
  /** True once the offline copy was loaded (or found missing): until then nobody knows whether there is one. */
  localLoaded: boolean;
  reconnect: () => void;
}

const INITIAL: ProviderState = { socket: 'connecting', synced: false, localLoaded: false, refusal: null };

// How long a first visit waits for the server before showing the offline copy (or an empty doc) anyway.
const SYNC_GRACE_MS = 2500;

/** The collab endpoint of this origin: ws(s)://host/collab. */
export function collabUrl(origin = window.location.origin): string {
  return `${origin.replace(/^http/, 'ws')}/collab`;
}

/**
 * Opens a comparison's Y.Doc: loads the offline copy from IndexedDB, connects to `/collab/<id>` with the
 * session token, and keeps both in sync. Edits made offline stay in IndexedDB and merge on reconnect.
 * Loading starts after the page's first paint (applying a stored doc of 15,000 links blocks the main
 * thread for a while), and the socket opens only once the offline copy is in the doc: sync step 1 then
 * carries its state vector, so a repeat visit receives what changed, not the whole doc again.
 * The server acknowledges stored updates (ACK messages, asked for with `acks=1`), which drives "saved".
 */
export function useCollabDoc(comparisonId: string, options: { offline?: boolean } = {}): CollabDoc {
  // A fresh doc (and save store) per comparison: comparisonId is the key of the memo, not an input of it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const doc = useMemo(() => new Y.Doc(), [comparisonId]);
  const [state, setState] = useState<ProviderState>(INITIAL);
  const graceOver = useGracePeriod(comparisonId);
  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const save = useMemo(() => valueStore<SaveStatus>('unknown'), [comparisonId]);
  const painted = usePainted(comparisonId);

  useEffect(() => {
    if (!painted) return;
    // Providers repeat events (sync, status); an unchanged state must not re-render the workspace.
    const update = (patch: Partial<ProviderState>) =>
      setState((s) => ((Object.keys(patch) as (keyof ProviderState)[]).every((k) => s[k] === patch[k]) ? s : { ...s, ...patch }));
    setState(INITIAL);
    let destroyed = false;
    const ws = new WebsocketProvider(collabUrl(), comparisonId, doc, {
      // No token in the URL (it would land in logs and history): the upgrade carries the session cookie.
      params: { [COLLAB_ACKS_PARAM]: '1' },
      WebSocketPolyfill: CountingWebSocket,
      // Opened below, once the offline copy is loaded.
      connect: false,
      maxBackoffTime: 5000,
      // Other tabs have their own sockets; the channel would only copy the whole doc to them on every connect.
      disableBc: true,
    });
    const local: IndexeddbPersistence | null =
      !options.offline && typeof indexedDB !== 'undefined' ? new IndexeddbPersistence(OFFLINE_DB_PREFIX + comparisonId, doc) : null;

    const socket = () => (ws.ws instanceof CountingWebSocket ? ws.ws : null);
    const saveState = () => {
      const s = socket();
      if (!s || !ws.wsconnected) return;
      save.set(s.ackedUpdates >= s.sentUpdates ? 'saved' : 'saving');
    };
    ws.messageHandlers[COLLAB_MESSAGE.ACK] = (_encoder, decoder) => {
      const s = socket();
      if (s) s.ackedUpdates = Math.max(s.ackedUpdates, decoding.readVarUint(decoder));
      saveState();
    };
    ws.on('status', ({ status }) => {
      if (status === 'connected') update({ socket: 'connected', refusal: null });
      else if (status === 'connecting') update({ socket: 'connecting' });
      else update({ socket: 'disconnected', synced: false });
    });
    ws.on('sync', (synced: boolean) => update({ synced }));
    ws.on('closed', ({ code, reason }) => {
      // Emitted for final codes only (44xx); ROLE_CHANGED and other 45xx codes reconnect by themselves.
      update({ refusal: refusalMessage(code, reason) });
      if (code === COLLAB_CLOSE.UNAUTHENTICATED) ws.disconnect();
    });
    // Local edits: while connected they are sent at once (and counted by the socket); offline they wait in
    // IndexedDB, and the reconnect's sync step 2 carries them.
    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin === ws || origin === local) return;
      if (ws.wsconnected) saveState();
      else save.set('local');
    };
    doc.on('update', onUpdate);
    // Nobody needs the offline copy's load re-encoded: y-indexeddb and onUpdate skip its origin, the socket is closed.
    const resumeLocal = local ? quietly(doc, [ws._updateHandler, onUpdate, local._storeUpdate]) : () => {};
    const loaded = () => {
      if (destroyed) return;
      resumeLocal();
      update({ localLoaded: true });
      if (!options.offline) ws.connect();
    };
    applyFirstSyncQuietly(ws, [ws._updateHandler, onUpdate, ...(local ? [local._storeUpdate] : [])], (update) => {
      if (local && !destroyed) local._storeUpdate(update, ws);
    });
    // A failing IndexedDB (private mode, quota) must not keep the socket closed.
    if (local) void local.whenSynced.then(loaded, loaded);
    else loaded();
    setProvider(ws);
    return () => {
      destroyed = true;
      doc.off('update', onUpdate);
      ws.destroy();
      void local?.destroy();
      setProvider(null);
    };
  }, [doc, comparisonId, options.offline, save, painted]);

  // The doc is not destroyed on unmount: React's strict mode remounts with the same memoised doc, and a
  // destroyed Y.Doc would stop syncing. Once the provider and IndexedDB let go of it, it is garbage.

  const reconnect = useCallback(() => provider?.connect(), [provider]);
  // An offline copy that was synced before carries a schema version: it is shown at once.
  const hasLocalCopy = state.localLoaded && getSchemaVersion(doc) !== null;
  const derived = collabStatus(state, hasLocalCopy, graceOver);
  // The same status object while nothing changed, so memoised children do not re-render.
  const key = JSON.stringify(derived);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value on purpose
  const status = useMemo(() => derived, [key]);
  return { doc, provider, status, save, localLoaded: state.localLoaded, reconnect };
}

type UpdateObserver = (update: Uint8Array, origin: unknown) => void;

/**
 * Detaches the given 'update' observers of `doc` until the returned function is called. Yjs encodes every
 * transaction again for its 'update' observers: for a transaction that brings the whole doc (an offline copy
 * or the server's first answer, megabytes for 50 outlets × 300 claims) that costs about as much as applying it.
 */
function quietly(doc: Y.Doc, observers: UpdateObserver[]): () => void {
  for (const o of observers) doc.off('update', o);
  let resumed = false;
  return () => {
    if (resumed) return;
    resumed = true;
    for (const o of observers) doc.on('update', o);
  };
}

const MESSAGE_SYNC = 0;

/**
 * Until the provider has first synced, sync messages (the server's whole doc on a first visit) are applied with
 * the given observers detached, and `store` gets each update as it came over the wire, for the offline copy.
 * Nothing else is lost: the socket's observer skips the provider's own origin and so does ours. Later syncs
 * (reconnects, which bring only what changed) are applied as usual.
 */
function applyFirstSyncQuietly(ws: WebsocketProvider, observers: UpdateObserver[], store: (update: Uint8Array) => void): void {
  const handle = ws.messageHandlers[MESSAGE_SYNC]!;
  let firstSyncDone = false;
  ws.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, provider, emitSynced, type) => {
    if (firstSyncDone || ws.synced) return handle(encoder, decoder, provider, emitSynced, type);
    const update = carriedUpdate(decoding.clone(decoder));
    const resume = quietly(ws.doc, observers);
    try {
      handle(encoder, decoder, provider, emitSynced, type);
    } finally {
      resume();
    }
    if (update) store(update);
    if (ws.synced) firstSyncDone = true;
  };
}

/** The update a sync message carries (sync step 2 or an update), or null (sync step 1 asks, carries nothing). */
function carriedUpdate(decoder: decoding.Decoder): Uint8Array | null {
  const kind = decoding.readVarUint(decoder);
  return kind === messageYjsSyncStep2 || kind === messageYjsUpdate ? decoding.readVarUint8Array(decoder) : null;
}

/** True once `SYNC_GRACE_MS` passed since the comparison was opened. */
function useGracePeriod(comparisonId: string): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    setOver(false);
    const t = setTimeout(() => setOver(true), SYNC_GRACE_MS);
    return () => clearTimeout(t);
  }, [comparisonId]);
  return over;
}
