import { GroupCommit } from './group-commit.js';

/** A write function whose calls finish only when the test says so. */
function controlledWrites() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const write = (items: number[]) => {
    batches.push(items);
    return new Promise<void>((r) => finish.push(r));
  };
  return { batches, finish, write };
}

describe('GroupCommit', () => {
  it('writes a lone item at once and batches what arrives while writes are in flight', async () => {
    const w = controlledWrites();
    const writer = new GroupCommit<number>(w.write, 1000, 1);
    const all = [1, 2, 3, 4].map((n) => writer.enqueue(n));
    expect(w.batches).toEqual([[1]]);
    expect(writer.idle).toBe(false);
    w.finish[0]!();
    await all[0];
    await new Promise((r) => setImmediate(r));
    expect(w.batches).toEqual([[1], [2, 3, 4]]);
    w.finish[1]!();
    await Promise.all(all);
    await writer.whenIdle();
    expect(writer.idle).toBe(true);
  });

  it('overlaps two writes but settles them in enqueue order', async () => {
    const w = controlledWrites();
    const writer = new GroupCommit<number>(w.write, 1000, 2);
    const settled: number[] = [];
    const all = [1, 2].map((n) => writer.enqueue(n).then(() => settled.push(n)));
    expect(w.batches).toEqual([[1], [2]]);
    w.finish[1]!(); // the second commit finishes first…
    await new Promise((r) => setImmediate(r));
    expect(settled).toEqual([]); // …but is not reported before the first
    w.finish[0]!();
    await Promise.all(all);
    expect(settled).toEqual([1, 2]);
  });

  it('rejects the items of a failed batch, and its barrier still resolves', async () => {
    const writer = new GroupCommit<number>(async () => {
      throw new Error('db down');
    });
    await expect(writer.enqueue(1)).rejects.toThrow('db down');
    await expect(writer.barrier()).resolves.toBeUndefined();
  });
});
