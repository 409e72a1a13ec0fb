// Connection caps across instances: two API instances sharing Redis (the machine's, as in scale-out) count
// one user's sockets on a comparison together, so a load balancer does not multiply the cap.
import { randomUUID } from 'node:crypto';
import { COLLAB_CLOSE } from '@parallax/doc';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addMember, createComparisonFixture, waitFor } from './support/collab-fixtures.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const PER_USER = 3;
const PER_COMPARISON = 5;

let a: TestApp;
let b: TestApp;
const sockets: WebSocket[] = [];
beforeAll(async () => {
  const env = {
    REDIS_URL,
    REDIS_PREFIX: `parallax-test-${randomUUID()}`,
    COLLAB_MAX_CONNECTIONS_PER_USER: String(PER_USER),
    COLLAB_MAX_CONNECTIONS_PER_COMPARISON: String(PER_COMPARISON),
  };
  a = await startTestApp(env);
  b = await startTestApp(env);
});
afterEach(() => sockets.splice(0).forEach((s) => s.terminate()));
afterAll(async () => {
  await a?.close();
  await b?.close();
});

/** Opens a collab socket; resolves to 'open' once it stays open briefly, or to the close code. */
function connect(app: TestApp, comparisonId: string, token: string): Promise<'open' | number> {
  const ws = new WebSocket(`${app.url.replace('http', 'ws')}/collab/${comparisonId}?token=${token}`);
  sockets.push(ws);
  ws.on('error', () => undefined);
  return new Promise((resolve) => {
    ws.once('close', (code) => resolve(code));
    // A refused socket is closed right after the upgrade; one still open after this is admitted.
    ws.once('open', () => setTimeout(() => resolve(ws.readyState === WebSocket.OPEN ? 'open' : ws.readyState), 300));
  });
}

describe('collab connection caps across instances sharing Redis', () => {
  it("counts one user's sockets on both instances against one cap, and frees a slot when a socket closes", async () => {
    const f = await createComparisonFixture(a, 2, 1);
    const opened: ('open' | number)[] = [];
    for (const app of [a, b, a]) opened.push(await connect(app, f.comparisonId, f.owner.token));
    expect(opened).toEqual(['open', 'open', 'open']);
    // Over the cap on either instance, although each holds fewer than PER_USER of them.
    expect(await connect(b, f.comparisonId, f.owner.token)).toBe(COLLAB_CLOSE.TOO_MANY_CONNECTIONS);
    expect(await connect(a, f.comparisonId, f.owner.token)).toBe(COLLAB_CLOSE.TOO_MANY_CONNECTIONS);
    // Closing the one on B gives its slot back to everyone.
    sockets[1]!.close();
    await waitFor(async () => (await connect(a, f.comparisonId, f.owner.token)) === 'open', 'a freed slot to be usable');
  });

  it("caps a comparison's sockets across instances, whoever opens them", async () => {
    const f = await createComparisonFixture(a, 2, 1);
    const users = [f.owner, await addMember(a, f, 'EDITOR'), await addMember(a, f, 'VIEWER')];
    const results: ('open' | number)[] = [];
    for (let i = 0; i < PER_COMPARISON + 1; i++) {
      results.push(await connect(i % 2 ? b : a, f.comparisonId, users[i % users.length]!.token));
    }
    expect(results.slice(0, PER_COMPARISON)).toEqual(Array(PER_COMPARISON).fill('open'));
    expect(results.at(-1)).toBe(COLLAB_CLOSE.TOO_MANY_CONNECTIONS);
  });
});
