import { clusterRequest, isClusterWorker } from '../../infra/cluster/cluster-ipc.js';

/**
 * Counts open collab sockets per comparison and per user on it, so one user (or a crowd of scripts) cannot
 * hold hundreds of sockets on one doc: each costs a buffer, a heartbeat, and a copy of every relayed change.
 * Counted per instance (for the API workers of one machine, by their cluster primary: socketCaps);
 * {@link SharedConnectionCaps} counts across instances that share Redis.
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

/** The slice of RedisBus the shared caps need. */
export interface ScriptRunner {
  eval(script: string, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown>;
  channel(suffix: string): string;
}

// KEYS: the comparison's slots, the user's slots on it. ARGV: now, expiry, slot, per-user cap,
// per-comparison cap, key TTL (ms). Slots are sorted-set members scored by their lease's expiry, so the
// slots of an instance that died without closing its sockets lapse on their own.
const TAKE_SLOT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) or redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[5]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('PEXPIRE', KEYS[2], ARGV[6])
return 1`;

// KEYS: pairs of (comparison key, user key); ARGV: expiry, key TTL, then one slot per pair.
const RENEW_SLOTS = `
for i = 1, #KEYS, 2 do
  local slot = ARGV[2 + (i + 1) / 2]
  redis.call('ZADD', KEYS[i], 'XX', ARGV[1], slot)
  redis.call('ZADD', KEYS[i + 1], 'XX', ARGV[1], slot)
  redis.call('PEXPIRE', KEYS[i], ARGV[2])
  redis.call('PEXPIRE', KEYS[i + 1], ARGV[2])
end
return 1`;

const DROP_SLOT = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`;

interface Slot {
  comparisonId: string;
  userId: string;
  id: string;
}

/**
 * The same caps counted across every instance sharing Redis: without it each instance allowed its own
 * quota, so N instances behind a load balancer let one user hold N times the cap. Each open socket holds a
 * leased slot that this instance renews; a crashed instance's slots expire after `leaseMs`. The local caps
 * still apply first; when Redis does not answer, they are what holds (a socket is not refused for it).
 */
export class SharedConnectionCaps {
  private readonly local: ConnectionCaps;
  private readonly slots = new Map<string, Slot>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly redis: ScriptRunner,
    private readonly perUser: number,
    private readonly perComparison: number,
    private readonly onError: (err: unknown) => void,
    private readonly leaseMs = 30_000,
  ) {
    this.local = new ConnectionCaps(perUser, perComparison);
    this.timer = setInterval(() => void this.renew(), Math.max(1000, Math.floor(leaseMs / 3)));
    this.timer.unref();
  }

  /** Takes a slot here and across instances; resolves to its id, or null when a cap is reached. */
  async tryOpen(comparisonId: string, userId: string, slotId: string): Promise<string | null> {
    if (!this.local.tryOpen(comparisonId, userId)) return null;
    const now = Date.now();
    const taken = await this.redis
      .eval(TAKE_SLOT, this.keys(comparisonId, userId), [
        now,
        now + this.leaseMs,
        slotId,
        this.perUser,
        this.perComparison,
        this.leaseMs * 2,
      ])
      .catch((err: unknown) => {
        this.onError(err);
        return 1;
      });
    if (Number(taken) !== 1) {
      this.local.closed(comparisonId, userId);
      return null;
    }
    this.slots.set(slotId, { comparisonId, userId, id: slotId });
    return slotId;
  }

  /** Gives the slot back (the socket closed, or was never opened). */
  closed(comparisonId: string, userId: string, slotId: string): void {
    if (!this.slots.delete(slotId)) return;
    this.local.closed(comparisonId, userId);
    this.redis.eval(DROP_SLOT, this.keys(comparisonId, userId), [slotId]).catch(this.onError);
  }

  /** Stops renewing (shutdown); the slots of sockets still open lapse with their leases. */
  stop(): void {
    clearInterval(this.timer);
  }

  private keys(comparisonId: string, userId: string): string[] {
    const base = this.redis.channel(`collab:slots:${comparisonId}`);
    return [base, `${base}:${userId}`];
  }

  private async renew(): Promise<void> {
    if (this.slots.size === 0) return;
    const slots = [...this.slots.values()];
    const keys = slots.flatMap((s) => this.keys(s.comparisonId, s.userId));
    await this.redis.eval(RENEW_SLOTS, keys, [Date.now() + this.leaseMs, this.leaseMs * 2, ...slots.map((s) => s.id)]).catch(this.onError);
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
