import { MINISTERIAL_2025, SUMMIT_2024 } from '../__fixtures__/two-events.js';
import { buildTimeline, type ThreadStop } from './timeline.js';
import { memberKey, suggestThreads } from './suggest-threads.js';
import { changeFlags } from './change-flags.js';
import { sentenceFacts } from './sentence-facts.js';
import { vetoesBetween } from './vetoes.js';
import type { ThreadEventInput } from './types.js';

const EVENTS = [MINISTERIAL_2025, SUMMIT_2024];
const labelsOf = (e: ThreadEventInput, id: string) => e.claims.find((c) => c.id === id)!.label;

function stopsOf(label: string): ThreadStop[] {
  return EVENTS.map((event) => ({ event, claim: event.claims.find((c) => c.label === label)! }));
}

describe('suggestThreads', () => {
  const threads = suggestThreads(EVENTS);
  const byName = new Map(threads.map((t) => [t.name, t]));

  it('threads each restated commitment across both events, in date order', () => {
    for (const label of ['arctic', 'trade', 'fishing', 'salmon']) {
      const t = byName.get(label);
      expect(t?.members.map((m) => m.eventId)).toEqual(['summit', 'ministerial']);
      expect(t!.members.map((m) => labelsOf(m.eventId === 'summit' ? SUMMIT_2024 : MINISTERIAL_2025, m.claimId))).toEqual([label, label]);
    }
  });

  it('vetoes look-alike sentences with other places and dates, and leaves unrelated claims alone', () => {
    expect(byName.has('opening')).toBe(false);
    expect(threads.flatMap((t) => t.members.map((m) => m.claimId)).some((id) => /festival|copper/.test(id))).toBe(false);
  });

  it('never puts two claims of one event in a thread', () => {
    for (const t of threads) expect(new Set(t.members.map((m) => m.eventId)).size).toBe(t.members.length);
  });

  it('does not propose excluded claim sets or claims already threaded', () => {
    const arctic = byName.get('arctic')!;
    const again = suggestThreads(EVENTS, { exclude: new Set([memberKey(arctic.members)]), taken: new Set(['summit:summit-trade']) });
    expect(again.map((t) => t.name)).not.toContain('arctic');
    expect(again.map((t) => t.name)).not.toContain('trade');
    expect(again.map((t) => t.name)).toContain('fishing');
  });
});

describe('vetoes and change flags', () => {
  it('sees clashing places, dates and numbers', () => {
    const a = sentenceFacts('Ministers met in Oslo on 3 March to open the talks.');
    const b = sentenceFacts('Ministers met in Santiago on 5 May to open the talks.');
    expect(vetoesBetween(a, b).sort()).toEqual(['DATE', 'NUMBER', 'PLACE']);
  });

  it('flags a softened commitment, a changed number, a new agent and a renamed partner', () => {
    const flags = (a: string, b: string) => changeFlags(sentenceFacts(a), sentenceFacts(b));
    expect(flags('Norway reaffirmed its firm support for the bid.', 'Norway said it may support the bid.')).toEqual(['HEDGE_ADDED']);
    expect(flags('Norway said it may support the bid.', 'Norway reaffirmed its firm support for the bid.')).toEqual(['HEDGE_REMOVED']);
    expect(flags('The two sides agreed to raise trade to 5 billion.', 'Both countries agreed to raise trade to 8 billion.')).toEqual([
      'NUMBER_CHANGED',
    ]);
    expect(flags('The two sides condemned illegal fishing.', 'Chile condemned illegal fishing.')).toEqual(['ATTRIBUTION_CHANGED']);
    expect(flags('They will expand the partnership with Mowi.', 'They will expand the partnership with AquaChile.')).toEqual([
      'ENTITY_RENAMED',
    ]);
    expect(flags('Norway gave its firm support.', 'Norway gave its unwavering support.')).toEqual([]);
  });
});

describe('buildTimeline', () => {
  it('orders events by date, diffs each outlet against its own previous wording and summarises', () => {
    const t = buildTimeline(stopsOf('arctic'));
    expect(t.events.map((e) => e.label)).toEqual(['Mar 2024', 'May 2025']);
    const cell = (outlet: string, eventId: string) => t.cells.find((c) => c.outlet === outlet && c.eventId === eventId)!;
    const nordic = cell('Nordic Wire', 'ministerial');
    expect(nordic.change?.against).toBe('OUTLET');
    expect(nordic.change?.flags).toEqual(['HEDGE_ADDED']);
    expect(nordic.change?.ops.some((op) => op.type !== 'equal' && /may/.test(op.otherText))).toBe(true);
    expect(cell('Harbour Times', 'ministerial').status).toBe('NOT_REPORTED');
    const summary = Object.fromEntries(t.summaries.map((s) => [s.outlet, s.summary]));
    expect(summary).toEqual({
      'Nordic Wire': 'reported in both, softened',
      'Andes Daily': 'reported in both',
      'Harbour Times': 'dropped in May 2025',
    });
  });

  it('diffs against the previous reference wording when the outlet was silent, and tells absent outlets apart', () => {
    const stops = stopsOf('fishing');
    const t = buildTimeline(stops);
    expect(t.cells.find((c) => c.outlet === 'Andes Daily' && c.eventId === 'summit')!.status).toBe('NOT_REPORTED');
    const nordic = t.cells.find((c) => c.outlet === 'Nordic Wire' && c.eventId === 'ministerial')!;
    expect(nordic.change?.flags).toEqual(['ATTRIBUTION_CHANGED']);
    const [later, earlier] = stops as [ThreadStop, ThreadStop];
    const withoutHarbour = { ...later.event, articles: later.event.articles.filter((a) => a.outlet !== 'Harbour Times') };
    const noArticle: ThreadStop[] = [earlier, { event: withoutHarbour, claim: later.claim }];
    const summary = buildTimeline(noArticle).summaries.find((s) => s.outlet === 'Harbour Times')!.summary;
    expect(summary).toBe('reported in Mar 2024 only, no article on May 2025');
  });
});
