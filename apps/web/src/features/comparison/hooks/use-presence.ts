import { useCallback, useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { colorFor, type Peer, type PresenceState } from '../../../lib/collab/presence';
import type { DocUser } from './use-doc-actions';

/**
 * Presence through y-protocols awareness: publishes who I am and what I am looking at or editing, and
 * lists the other people in the comparison (one entry per browser tab).
 */
export function usePresence(awareness: Awareness | null, me: DocUser) {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const local: PresenceState = {
      user: { id: me.id, name: me.name, color: colorFor(me.id) },
      focus: null,
      editing: null,
      view: 'side-by-side',
    };
    awareness.setLocalState(local);
    const read = () => {
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const s = state as Partial<PresenceState>;
        if (s.user?.id) list.push({ clientId, user: s.user, focus: s.focus ?? null, editing: s.editing ?? null, view: s.view ?? null });
      });
      setPeers(list);
    };
    read();
    awareness.on('change', read);
    return () => {
      awareness.off('change', read);
      awareness.setLocalState(null);
    };
  }, [awareness, me.id, me.name]);

  const publish = useCallback(
    (patch: Partial<PresenceState>) => {
      if (!awareness) return;
      const current = (awareness.getLocalState() ?? {}) as PresenceState;
      awareness.setLocalState({ ...current, ...patch });
    },
    [awareness],
  );
  return { peers, publish };
}

/** The people focused on a claim, for markers on its row. */
export function peersOn(peers: Peer[], claimId: string): Peer[] {
  return peers.filter((p) => p.focus?.claimId === claimId);
}
