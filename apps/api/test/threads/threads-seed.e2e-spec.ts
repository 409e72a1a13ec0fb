import { alignSeededComparisons } from '../../src/seed/align-seeded.js';
import { seedDemo } from '../../src/seed/demo-seed.js';
import { suggestSeededThreads } from '../../src/seed/suggest-seeded-threads.js';
import { waitFor } from '../collab/support/collab-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const THREADS = `query($ws: ID!) { threads(workspaceId: $ws) { id name
  events { label referenceSentence }
  timeline { event { label } outlet status sentence change { flags ops { type baseText otherText } } } } }`;

let t: TestApp;
let token: string;
let workspaceId: string;
beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedDemo(t.prisma, { demoPassword: 'parallax' });
  workspaceId = seeded.workspace.id;
  const ids = (await t.prisma.comparison.findMany({ where: { workspaceId }, select: { id: true } })).map((c) => c.id);
  // Other suites may have seeded (and aligned) already; aligning and suggesting again change nothing.
  await alignSeededComparisons(t.app, ids);
  await suggestSeededThreads(t.app, ids);
  token = (await t.gql(`mutation { signIn(email: "demo@parallax.local", password: "parallax") { token } }`)).data?.signIn.token;
}, 60_000);
afterAll(() => t.close());

describe('threads on the seeded workspace', () => {
  it('proposes the repeated commitments of the two sample events as threads, each with both events', async () => {
    const threads = await waitFor(async () => {
      const list = (await t.gql(THREADS, { ws: workspaceId }, token)).data?.threads ?? [];
      return list.length > 0 && list.every((th: any) => th.events.length === 2) ? list : null;
    }, 'the projection of the seeded claims');
    const about = (word: RegExp) => threads.filter((th: any) => th.events.some((e: any) => word.test(e.referenceSentence ?? '')));
    for (const word of [/one-China/i, /Taiwan/, /CPEC/, /safety|security/i, /terroris/i, /Afghan/]) {
      const found = about(word);
      expect([String(word), found.length > 0]).toEqual([String(word), true]);
      for (const th of found) expect(th.events.map((e: any) => e.label)).toEqual(['Feb 2025', 'Jan 2026']);
    }
    const taiwan = about(/Taiwan is an/)[0];
    const later = taiwan.timeline.find((e: any) => e.event.label === 'Jan 2026' && e.status === 'REPORTED');
    const changed = later.change.ops
      .filter((o: any) => o.type !== 'equal')
      .map((o: any) => `${o.baseText}→${o.otherText}`)
      .join(' | ');
    expect(changed).toMatch(/inalienable.*→inseparable/);
    expect(later.change.flags).toContain('QUALIFIER_CHANGED');
    // Two seeded articles name no outlet: their rows go by headline, never by an article id.
    const outlets = new Set<string>(threads.flatMap((th: any) => th.timeline.map((e: any) => e.outlet)));
    expect([...outlets].filter((o) => /^Article [0-9a-f]{8}$/.test(o))).toEqual([]);
    expect([...outlets].some((o) => /^Unknown outlet \(“Pakistan vows to protect Chinese nationals/.test(o))).toBe(true);
  });
});
