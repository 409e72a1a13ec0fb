/**
 * Counts open collab sockets per comparison and per user on it, so one user (or a crowd of scripts) cannot
 * hold hundreds of sockets on one doc: each costs a buffer, a heartbeat, and a copy of every relayed change.
 * Counted per instance; behind a load balancer the caps apply to each instance.
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
