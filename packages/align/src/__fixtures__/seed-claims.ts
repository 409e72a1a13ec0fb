import type { AlignmentResult } from '../types.js';
import { sid } from './seed-sentences.js';

/**
 * A careful human reading of the claims the sample articles share (two or more outlets), per seeded comparison.
 * Each claim lists every sentence that makes it, whatever else that sentence says: a sentence that folds two
 * commitments together ("…the Middle East and Afghanistan…") belongs to both. Background an outlet adds on its
 * own (history, earlier attacks) is not a shared claim and is not listed.
 */
export interface GoldClaim {
  name: string;
  members: string[];
}

const s = sid;

/** President Zardari's February 2025 state visit: Business Recorder (000), world desk (001), Anadolu (002). */
export const VISIT_2025_CLAIMS: readonly GoldClaim[] = [
  { name: 'MoUs signed in science, media and other fields', members: [s('seed-000', 0), s('seed-000', 4), s('seed-001', 24)] },
  { name: 'Zardari and Xi meet in Beijing', members: [s('seed-000', 1), s('seed-002', 1)] },
  { name: 'Zardari arrives for a state visit', members: [s('seed-000', 2), s('seed-001', 5)] },
  { name: 'all-weather strategic cooperative partnership', members: [s('seed-000', 6), s('seed-001', 5), s('seed-002', 0)] },
  { name: 'second phase / upgrade of CPEC', members: [s('seed-000', 8), s('seed-001', 11)] },
  { name: 'invitation to President Xi to visit Pakistan', members: [s('seed-000', 10), s('seed-001', 25)] },
  { name: 'condemnation of attacks on Chinese nationals', members: [s('seed-001', 0), s('seed-001', 9), s('seed-002', 5)] },
  { name: 'Kashmir dispute and the UN Charter', members: [s('seed-001', 22), s('seed-002', 13)] },
  { name: 'Afghan interim government urged to eliminate terrorism', members: [s('seed-001', 23), s('seed-002', 15)] },
  { name: 'peace in the Middle East', members: [s('seed-001', 23), s('seed-002', 11)] },
  { name: 'deeper strategic trust and security cooperation', members: [s('seed-001', 7), s('seed-002', 1)] },
];

/** The January 2026 Dar–Wang Yi strategic dialogue: PUKmedia/Reuters (003) and a Pakistani outlet (004). */
export const DIALOGUE_2026_CLAIMS: readonly GoldClaim[] = [
  { name: 'ironclad friendship, cooperation and strategic coordination', members: [s('seed-003', 0), s('seed-003', 13), s('seed-004', 7)] },
  { name: 'Wang Yi and Ishaq Dar meet in Beijing', members: [s('seed-003', 12), s('seed-004', 2)] },
  { name: 'support on Xinjiang, Tibet/Xizang, Hong Kong, South China Sea', members: [s('seed-003', 1), s('seed-004', 6)] },
  { name: 'upgraded CPEC: industry, agriculture and mining', members: [s('seed-003', 5), s('seed-004', 15)] },
  { name: 'financial and banking cooperation', members: [s('seed-003', 6), s('seed-004', 19)] },
  { name: 'safety of Chinese personnel and projects praised', members: [s('seed-003', 7), s('seed-004', 12)] },
  { name: 'action against terrorists in Afghanistan', members: [s('seed-003', 8), s('seed-004', 25)] },
];

const articleOf = (segmentId: string): string => segmentId.split(':')[0]!;

function crossPairs(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const ids of groups) {
    for (const a of ids) for (const b of ids) if (a < b && articleOf(a) !== articleOf(b)) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

/** Cross-outlet link precision, recall and F1 of an alignment against the reading, and the shared claims found. */
export function scoreAgainstReading(result: AlignmentResult, gold: readonly GoldClaim[]) {
  const predicted = crossPairs(result.claims.map((c) => c.links.map((l) => l.segmentId)));
  const expected = crossPairs(gold.map((c) => c.members));
  const hits = [...predicted].filter((p) => expected.has(p)).length;
  const precision = predicted.size ? hits / predicted.size : 0;
  const recall = expected.size ? hits / expected.size : 0;
  const found = gold.filter((c) => [...crossPairs([c.members])].some((p) => predicted.has(p)));
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    found: found.length,
    missed: gold.filter((c) => !found.includes(c)).map((c) => c.name),
  };
}
