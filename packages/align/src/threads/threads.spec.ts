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
    // Same force, other word: not a hedge, but a qualifier reworded.
    expect(flags('Norway gave its firm support.', 'Norway gave its unwavering support.')).toEqual(['QUALIFIER_CHANGED']);
  });
});

// Invented wordings (not the seeds) of how restated commitments drift between two statements.
describe('change flags on wordings of restated commitments', () => {
  const flags = (a: string, b: string) => changeFlags(sentenceFacts(a), sentenceFacts(b));

  it('flags a qualifier replaced by another before the same word, and nothing for unchanged or topic words', () => {
    expect(flags('Ghana called the Volta corridor an indispensable link.', 'Ghana called the Volta corridor an essential link.')).toEqual([
      'QUALIFIER_CHANGED',
    ]);
    expect(flags('The leaders agreed on a comprehensive partnership.', 'The leaders agreed on a strategic partnership.')).toEqual([
      'QUALIFIER_CHANGED',
    ]);
    expect(flags('Japan firmly backs the plan.', 'Japan strongly backs the plan.')).toEqual(['QUALIFIER_CHANGED']);
    expect(flags('The trade agreement covers fisheries.', 'The investment agreement covers fisheries.')).toEqual([]);
    expect(flags('Security cooperation will deepen.', 'Economic cooperation will deepen.')).toEqual([]);
    expect(flags('Ghana called it an essential link.', 'Ghana called it an essential link to Togo.')).toEqual([]);
  });

  it('flags a hedge added or removed, and a firm qualifier swapped for a soft one as a hedge only', () => {
    expect(flags('The ministers will complete the pipeline by 2028.', 'The ministers hope to complete the pipeline by 2028.')).toEqual([
      'HEDGE_ADDED',
    ]);
    expect(flags('The ministers could complete the pipeline by 2028.', 'The ministers will complete the pipeline by 2028.')).toEqual([
      'HEDGE_REMOVED',
    ]);
    expect(flags('Japan fully supports the plan.', 'Japan partially supports the plan.')).toEqual(['HEDGE_ADDED']);
  });

  it('reads figures as values: a changed amount or scale is flagged, the same amount written otherwise is not', () => {
    expect(flags('The fund will grow to three billion euros.', 'The fund will grow to four billion euros.')).toEqual(['NUMBER_CHANGED']);
    expect(flags('The fund will grow to 5 million euros.', 'The fund will grow to 5 billion euros.')).toEqual(['NUMBER_CHANGED']);
    expect(flags('Exports rose by 12 per cent.', 'Exports rose by 15 per cent.')).toEqual(['NUMBER_CHANGED']);
    expect(flags('The bank pledged 2.5 billion euros.', 'The bank pledged 2,500 million euros.')).toEqual([]);
    expect(flags('Exports rose 12% last year.', 'Exports rose 12 per cent last year.')).toEqual([]);
    expect(flags('The two sides agreed on the plan.', 'Both sides agreed on the plan.')).toEqual([]);
  });

  it('flags attribution moved from both sides to one party, at the start or the end of a sentence', () => {
    expect(
      flags('Both leaders agreed to hold the next round in the spring.', 'Kenya agreed to hold the next round in the spring.'),
    ).toEqual(['ATTRIBUTION_CHANGED']);
    expect(flags('The two sides agreed to reopen the border.', 'For its part, Uganda agreed to reopen the border.')).toEqual([
      'ATTRIBUTION_CHANGED',
    ]);
    const long = 'The pipeline to the coast will be finished before the rainy season starts in the north';
    expect(flags(`${long}, the two governments said.`, `${long}, Kenya said.`)).toEqual(['ATTRIBUTION_CHANGED']);
    expect(flags('The two countries agreed to reopen the border.', 'Both sides agreed to reopen the border.')).toEqual([]);
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
