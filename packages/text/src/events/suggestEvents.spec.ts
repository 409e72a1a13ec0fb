import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importArticle } from '../importArticle.js';
import type { EventCandidate } from '../types.js';
import { suggestEvents } from './suggestEvents.js';

const SEEDS = resolve(process.cwd(), '../../seeds');

function seedCandidates(): EventCandidate[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const a = importArticle({ text: readFileSync(resolve(SEEDS, file), 'utf8') });
      return { id: file.slice(0, 3), headline: a.headline, body: a.body, publishedAt: a.publishedAt };
    });
}

describe('suggestEvents', () => {
  it('finds the two real events in the seeds: the February 2025 state visit and the January 2026 strategic dialogue', () => {
    const groups = suggestEvents(seedCandidates());
    const sets = groups.map((g) => [...g.articleIds].sort());
    expect(sets).toHaveLength(2);
    expect(sets).toContainEqual(['000', '001', '002']);
    expect(sets).toContainEqual(['003', '004']);
  });

  it('explains each group with participants, kind of event and dates', () => {
    const groups = suggestEvents(seedCandidates());
    const visit = groups.find((g) => g.articleIds.includes('000'));
    const dialogue = groups.find((g) => g.articleIds.includes('004'));
    expect(visit?.label).toMatch(/Zardari/);
    expect(visit?.label).toMatch(/Xi Jinping/);
    expect(visit?.reasons.join(' ')).toMatch(/within 1 day/);
    expect(dialogue?.label).toMatch(/Wang Yi/);
    expect(dialogue?.reasons.join(' ')).toMatch(/Ishaq Dar/);
    for (const g of groups) {
      expect(g.score).toBeGreaterThan(0.5);
      expect(g.score).toBeLessThanOrEqual(1);
    }
  });

  it('never groups articles published months apart, however alike they read', () => {
    const body = 'President Asif Ali Zardari met President Xi Jinping during a state visit to Beijing and signed agreements.';
    const groups = suggestEvents([
      { id: 'a', headline: 'Zardari meets Xi', body, publishedAt: '2025-02-05' },
      { id: 'b', headline: 'Zardari meets Xi', body, publishedAt: '2025-11-20' },
    ]);
    expect(groups).toEqual([]);
  });

  it('leaves unrelated articles out and handles an empty workspace', () => {
    expect(suggestEvents([])).toEqual([]);
    const groups = suggestEvents([
      {
        id: 'a',
        headline: 'Budget passed',
        body: 'Finance Minister Muhammad Aurangzeb presented the budget in parliament.',
        publishedAt: '2025-06-10',
      },
      { id: 'b', headline: 'Cricket win', body: 'Captain Babar Azam led the team to victory in Lahore.', publishedAt: '2025-06-10' },
    ]);
    expect(groups).toEqual([]);
  });
});
