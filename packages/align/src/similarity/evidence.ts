import type { SimilarityEvidence } from '../types.js';
import { matchEntities } from '../text/entities.js';
import type { SentenceFeatures } from '../text/features.js';
import type { Token } from '../text/tokenize.js';
import { sharedQuoteTexts } from './pair-stats.js';
import type { WeightedSentence } from './weighted.js';

/** Collects the evidence a reader can check for a comparison of two weighted sentences. */
export function buildEvidence(a: WeightedSentence, b: WeightedSentence): SimilarityEvidence {
  const sharedTerms = [...a.w]
    .filter(([key]) => b.w.has(key))
    .map(([key, weight]) => ({ term: termLabel(a.f, b.f, key), weight: round3(weight) }))
    .sort((x, y) => y.weight - x.weight || x.term.localeCompare(y.term));
  const sharedEntities = a.f.entities.filter((x) => b.f.entities.some((y) => matchEntities(x, y))).map((e) => e.surface);
  return {
    sharedTerms,
    sharedEntities: [...new Set(sharedEntities)],
    sharedNumbers: a.f.numbers.filter((n) => b.f.numbers.includes(n)),
    sharedQuotes: sharedQuoteTexts(a.f, b.f),
    sharedNgrams: sharedPhrases(a.f, b.f),
  };
}

function termLabel(a: SentenceFeatures, b: SentenceFeatures, key: string): string {
  const ta = a.terms.get(key)!;
  const tb = b.terms.get(key)!;
  const same = ta.stems.some((s) => tb.stems.includes(s));
  return same ? ta.surface : `${ta.surface} ≈ ${tb.surface}`;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Finds the longest runs of words (same stems, synonyms not counted) the two sentences share in the same order (at least two words, one of them a
 * content word), longest first and without overlap, shown as written in the first sentence.
 */
export function sharedPhrases(a: SentenceFeatures, b: SentenceFeatures): string[] {
  const wa = a.tokens.filter((t) => t.kind !== 'punct');
  const wb = b.tokens.filter((t) => t.kind !== 'punct');
  const runs = commonRuns(wa, wb).sort((x, y) => y.len - x.len || x.start - y.start);
  const used = new Uint8Array(wa.length);
  const picked: { start: number; len: number }[] = [];
  for (const run of runs) {
    if (used.subarray(run.start, run.start + run.len).some((u) => u)) continue;
    used.fill(1, run.start, run.start + run.len);
    picked.push(run);
  }
  return picked.sort((x, y) => x.start - y.start).map((r) => a.text.slice(wa[r.start]!.start, wa[r.start + r.len - 1]!.end));
}

function commonRuns(wa: Token[], wb: Token[]): { start: number; len: number }[] {
  const runs: { start: number; len: number }[] = [];
  let prev = new Uint16Array(wb.length + 1);
  for (let i = 1; i <= wa.length; i++) {
    const cur = new Uint16Array(wb.length + 1);
    for (let j = 1; j <= wb.length; j++) {
      if (wa[i - 1]!.stem === wb[j - 1]!.stem) cur[j] = prev[j - 1]! + 1;
    }
    // A run ends where the next pair of words does not extend it.
    for (let j = 1; j <= wb.length; j++) {
      const len = cur[j]!;
      const extends_ = i < wa.length && j < wb.length && wa[i]!.stem === wb[j]!.stem;
      if (len >= 2 && !extends_ && wa.slice(i - len, i).some((t) => !t.stop)) runs.push({ start: i - len, len });
    }
    prev = cur;
  }
  return runs;
}
