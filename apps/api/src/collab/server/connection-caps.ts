import { clusterRequest, isClusterWorker } from '../../infra/cluster/cluster-ipc.js';

/**
 * Counts open collab sockets per comparison and per user on it, so one user (or a crowd of scripts) cannot
 * hold hundreds of sockets on one doc: each costs a buffer, a heartbeat, and a copy of every relayed change.
 * Counted per instance (for the API workers of one machine, by their cluster primary: SocketCaps); behind a
 * load balancer the caps apply to each instance.
 */
export class ConnectionCaps {
  private readonly byComparison = new Map<string, Map<string, number>>();

  constructor(
    private readonly perUser: number,
    private readonly perComparison: number,
  ) {}

  /** Takes a slot, or returns false when the user or the comparison is at its cap. */
  tryOpen(comparisonId: string, userId: string): boolean {
    const users = this.byComparison.get(comparisonId) ?? new Map<string, number>();
    const total = [...users.values()].reduce((a, b) => a + b, 0);
    const mine = users.get(userId) ?? 0;
    if (mine >= this.perUser || total >= this.perComparison) return false;
    users.set(userId, mine + 1);
    this.byComparison.set(comparisonId, users);
    return true;
  }

  /** Gives a slot back (the socket closed). */
  closed(comparisonId: string, userId: string): void {
    const users = this.byComparison.get(comparisonId);
    const mine = users?.get(userId) ?? 0;
    if (!users || mine === 0) return;
    if (mine === 1) users.delete(userId);
    else users.set(userId, mine - 1);
    if (users.size === 0) this.byComparison.delete(comparisonId);
  }
}

type CapsRequest = { op: 'open' | 'closed'; comparisonId: string; userId: string };

/**
 * The caps as the gateway takes them: this process's ConnectionCaps, or, in an API worker of a cluster, the
 * primary's (connectionCapsHandler), so that two workers do not each allow a user the full cap.
 */
export interface SocketCaps {
  tryOpen(comparisonId: string, userId: string): Promise<boolean>;
  closed(comparisonId: string, userId: string): void;
}

/** The SocketCaps of this process: the primary's when it is a cluster worker, else its own. */
export function socketCaps(perUser: number, perComparison: number): SocketCaps {
  if (isClusterWorker()) {
    return {
      tryOpen: (comparisonId, userId) => clusterRequest<boolean>('collab-caps', { op: 'open', comparisonId, userId } satisfies CapsRequest),
      closed: (comparisonId, userId) =>
        void clusterRequest('collab-caps', { op: 'closed', comparisonId, userId } satisfies CapsRequest).catch(() => undefined),
    };
  }
  const caps = new ConnectionCaps(perUser, perComparison);
  return {
    tryOpen: async (comparisonId, userId) => caps.tryOpen(comparisonId, userId),
    closed: (comparisonId, userId) => caps.closed(comparisonId, userId),
  };
}

/** The cluster primary's side of socketCaps: one ConnectionCaps for every worker. */
export function connectionCapsHandler(perUser: number, perComparison: number) {
  const caps = new ConnectionCaps(perUser, perComparison);
  return (req: CapsRequest) => (req.op === 'open' ? caps.tryOpen(req.comparisonId, req.userId) : caps.closed(req.comparisonId, req.userId));
}
