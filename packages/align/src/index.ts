/**
 * @parallax/align — the pure alignment engine: sentence similarity with evidence, claims across N articles,
 * relations and difference flags, claim labels, word diffs with moves, and the coverage matrix. No I/O, no Node
 * built-ins, so it runs in the API and in the browser alike.
 */
export type {
  AlignArticle,
  AlignedClaim,
  AlignmentResult,
  AlignOptions,
  AlignSegment,
  ClaimLink,
  CoverageInput,
  CoverageResult,
  DiffFlag,
  DiffOp,
  Relation,
  RelationResult,
  SimilarityEvidence,
  SimilarityResult,
} from './types.js';
export { buildCorpus, type Corpus, type CorpusOptions } from './text/corpus.js';
export {
  similarity,
  analyseSentence,
  similarityFeatures,
  scoreAnalysed,
  scoreAcrossEvents,
  type AnalysedSentence,
} from './similarity/similarity.js';
export { FEATURE_NAMES } from './similarity/pair-features.js';
export type { SimilarityModel } from './similarity/model.js';
export { decodeWordVectors, type WordVectors } from './vectors/word-vectors.js';
export { relationBetween } from './relation/relation.js';
export {
  shownRelation,
  shownRelations,
  rowBaseArticle,
  coverageRelation,
  type ShownRelation,
  type ShownRelationContext,
  type StoredLink,
} from './relation/shown.js';
export { claimLabel } from './label/label.js';
export { alignArticles, LEARNED_FLOOR } from './align/align-articles.js';
export { diffSegments, diffWitnesses } from './diff/diff.js';
export { coverage, type CoverageOptions } from './coverage/coverage.js';
export * from './threads/index.js';
