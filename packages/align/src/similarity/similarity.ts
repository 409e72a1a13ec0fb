import type { SimilarityResult } from '../types.js';
import { DEFAULT_CORPUS, type Corpus } from '../text/corpus.js';
import { sentenceFeatures } from '../text/features.js';
import { buildEvidence } from './evidence.js';
import { pairStats } from './pair-stats.js';
import { weighSentence } from './weighted.js';

/**
 * Scores how closely two sentences say the same thing, in [0, 1], and returns the evidence: shared content terms
 * weighted by rarity (idf over `corpus`, see buildCorpus; without one, common news words count half), shared word
 * runs, named entities, numbers and quoted phrases. The score is 0.6 × weighted cosine of stemmed content terms
 * (synonyms count 0.85) + 0.25 × bigram overlap + 0.15 × entity/number overlap (numbers scaled down while the
 * cosine is under 0.4, since a shared number alone proves little), plus 0.05 per shared quotation (at most two).
 */
export function similarity(a: string, b: string, corpus: Corpus = DEFAULT_CORPUS): SimilarityResult {
  const wa = weighSentence(sentenceFeatures(a), corpus);
  const wb = weighSentence(sentenceFeatures(b), corpus);
  const stats = pairStats(wa, wb);
  return { score: Math.round(stats.score * 1000) / 1000, evidence: buildEvidence(wa, wb) };
}
