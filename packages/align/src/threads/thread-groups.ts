/** A scored link between two claims (by index) of different events. */
export interface ThreadEdge {
  a: number;
  b: number;
  score: number;
}

/** A group of claims (by index) and the weakest link that joined it. */
export interface ThreadGroup {
  members: number[];
  score: number;
}

/**
 * Joins claims into threads, strongest links first, so that no thread holds two claims of one event: a link
 * whose two groups share an event is skipped (the claim already has a better partner there). Single claims are
 * not threads and are left out.
 */
export function groupIntoThreads(edges: readonly ThreadEdge[], eventOf: readonly number[]): ThreadGroup[] {
  const parent = eventOf.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const groups = new Map<number, { members: number[]; events: Set<number>; score: number }>();
  const groupOf = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { members: [i], events: new Set([eventOf[i]!]), score: 1 }));
    return { root, g };
  };
  const sorted = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const e of sorted) {
    const x = groupOf(e.a);
    const y = groupOf(e.b);
    if (x.root === y.root || [...y.g.events].some((ev) => x.g.events.has(ev))) continue;
    parent[y.root] = x.root;
    x.g.members.push(...y.g.members);
    y.g.events.forEach((ev) => x.g.events.add(ev));
    x.g.score = Math.min(x.g.score, y.g.score, e.score);
    groups.delete(y.root);
  }
  return [...groups.values()]
    .filter((g) => g.members.length > 1)
    .map((g) => ({ members: g.members.sort((p, q) => p - q), score: g.score }));
}
