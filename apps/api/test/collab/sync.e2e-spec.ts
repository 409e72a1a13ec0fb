import { readComparisonDoc } from '@parallax/doc';
import * as Y from 'yjs';
import { ComparisonDocService } from '../../src/collab/comparison-doc.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { syncedClient, type CollabClient } from './support/collab-clients';
import { addMember, createComparisonFixture, waitFor } from './support/collab-fixtures';
import { claimsOfView, projectedClaims, randomEdit, rng } from './support/doc-edits';

let t: TestApp;
const clients: CollabClient[] = [];
beforeAll(async () => {
  t = await startTestApp({ COLLAB_UNLOAD_GRACE_MS: '100', COLLAB_PROJECTION_DEBOUNCE_MS: '50', COLLAB_PROJECTION_MAX_WAIT_MS: '200' });
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(async () => {
  await t.close();
});

const json = (doc: Y.Doc) => JSON.stringify(readComparisonDoc(doc));

describe('sync with stock y-websocket clients', () => {
  it('converges after random concurrent edits by several clients, and the projection matches the doc', async () => {
    const f = await createComparisonFixture(t, 3, 4);
    const users = [f.owner, await addMember(t, f, 'EDITOR'), await addMember(t, f, 'EDITOR'), await addMember(t, f, 'EDITOR')];
    clients.push(...(await Promise.all(users.map((u) => syncedClient(t.url, f.comparisonId, { token: u.token })))));
    const random = rng(42);
    // Rounds of edits by every client without waiting in between: they race on the server.
    for (let round = 0; round < 15; round++) {
      clients.forEach((c, i) => randomEdit(c.doc, users[i]!.userId, f.segments, random));
      await new Promise((r) => setTimeout(r, 5));
    }
    const server = t.app.get(ComparisonDocService);
    await waitFor(async () => {
      const expected = JSON.stringify(await server.read(f.comparisonId));
      return clients.every((c) => json(c.doc) === expected);
    }, 'every client to converge with the server');
    const view = await server.read(f.comparisonId);
    expect(view.claims.length).toBeGreaterThan(2);
    await waitFor(async () => JSON.stringify(await projectedClaims(t, f.comparisonId)) === JSON.stringify(claimsOfView(view)), 'the projection to match the doc');
  });
});
