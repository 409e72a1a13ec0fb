import { ParsePool, ParseRefused } from './parse-pool.js';

const ARTICLE = `<html><body><article><h1>Talks end in Beijing</h1>
<p>Foreign Minister Ishaq Dar and Foreign Minister Wang Yi ended two days of talks in Beijing on Monday with a joint statement.</p>
<p>The two ministers agreed to hold the next round of the strategic dialogue in Islamabad later this year.</p></article></body></html>`;
const NESTED = `<html><body>${'<div>'.repeat(20_000)}Deep text inside many layers of markup.${'</div>'.repeat(20_000)}</body></html>`;
const EMPTY_PARAGRAPHS = `<html><body>${'<p></p>'.repeat(50_000)}<p>One sentence at the very end of the page.</p></body></html>`;

async function refusal(p: Promise<unknown>): Promise<ParseRefused> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ParseRefused) return err;
    throw err;
  }
  throw new Error('expected the parse to be refused');
}

// Measures the longest gap between event-loop ticks while `work` runs: parsing must not block the loop.
async function longestStall<T>(work: Promise<T>): Promise<{ stall: number; result: T | Error }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const result = await work.catch((e: Error) => e);
  clearInterval(timer);
  return { stall, result };
}

describe('ParsePool', () => {
  const pool = new ParsePool({ workers: 2, timeoutMs: 5000, maxMemoryMb: 256 });
  afterAll(() => pool.close());

  it('parses HTML on a worker thread', async () => {
    const a = await pool.parse({ input: { html: ARTICLE } });
    expect(a.headline).toBe('Talks end in Beijing');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('refuses a 20,000-deep page and a 50,000-empty-paragraph page quickly, without stalling the event loop', async () => {
    const started = performance.now();
    const { stall, result } = await longestStall(
      Promise.all([refusal(pool.parse({ input: { html: NESTED } })), refusal(pool.parse({ input: { html: EMPTY_PARAGRAPHS } }))]),
    );
    const [deep, empty] = result as ParseRefused[];
    expect(deep.code).toBe('TOO_COMPLEX');
    expect(deep.message).toMatch(/512 levels deep/);
    expect(empty.code).toBe('TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(stall).toBeLessThan(100);
  });

  it('stops a parse over the time limit with a clear error, and the next parse still works', async () => {
    const strict = new ParsePool({ workers: 1, timeoutMs: 60, maxMemoryMb: 256 });
    const big = `<html><body><article>${Array.from({ length: 8000 }, (_, i) => `<p>Paragraph ${i} of a very long page says that the talks in Beijing went on for many hours.</p>`).join('')}</article></body></html>`;
    const err = await refusal(strict.parse({ input: { html: big } }));
    expect(err.code).toBe('PARSE_TIMEOUT');
    expect(err.message).toMatch(/longer than 0\.06 s/);
    await strict.close();
    expect((await pool.parse({ input: { html: ARTICLE } })).headline).toBe('Talks end in Beijing');
  });

  it('stops a parse that needs more memory than the limit', async () => {
    const tight = new ParsePool({ workers: 1, timeoutMs: 20_000, maxMemoryMb: 32 });
    const huge = `<html><body><article>${Array.from({ length: 30_000 }, (_, i) => `<p>Paragraph ${i}: ${'the delegations discussed trade and security at length. '.repeat(2)}</p>`).join('')}</article></body></html>`;
    const err = await refusal(tight.parse({ input: { html: huge } }));
    expect(['PARSE_OUT_OF_MEMORY', 'TOO_LARGE']).toContain(err.code);
    await tight.close();
  });
});
