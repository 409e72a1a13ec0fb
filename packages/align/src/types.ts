/**
 * Public types of the alignment engine. Other packages (api, web) depend on these names; add fields, never rename.
 */

/** How a segment relates to its claim's reference segment. */
export type Relation = 'VERBATIM' | 'PARAPHRASE' | 'PARTIAL' | 'CONTRADICTS';

/** What differs between a segment and its claim's reference segment. */
export type DiffFlag = 'NUMBER' | 'ENTITY' | 'QUOTE' | 'ATTRIBUTION' | 'HEDGE';

/** One sentence (or other unit) of an article, in article order. */
export interface AlignSegment {
  id: string;
  articleId: string;
  index: number;
  text: string;
}

/** One article to align; an OFFICIAL article (the statement itself) becomes the pivot when present. */
export interface AlignArticle {
  id: string;
  outletName?: string | null;
  kind?: 'NEWS' | 'OFFICIAL';
  segments: AlignSegment[];
}

/** The evidence behind a similarity score, in terms a reader can check against both sentences. */
export interface SimilarityEvidence {
  /** Content terms found in both sentences, with their weight; synonyms are shown as "firm ≈ unwavering". */
  sharedTerms: { term: string; weight: number }[];
  sharedEntities: string[];
  sharedNumbers: string[];
  sharedQuotes: string[];
  sharedNgrams: string[];
}

/** A similarity score in [0, 1] with the evidence that produced it. */
export interface SimilarityResult {
  score: number;
  evidence: SimilarityEvidence;
}

/** One segment's membership in a claim. */
export interface ClaimLink {
  segmentId: string;
  articleId: string;
  relation: Relation;
  flags: DiffFlag[];
  confidence: number;
  /** True for the claim's reference segment, against which every other link's relation and flags are computed. */
  reference?: boolean;
}

/** A claim: the segments of several outlets that report the same statement. */
export interface AlignedClaim {
  id: string;
  label: string;
  position: number;
  links: ClaimLink[];
  /** The segment that relations and flags of this claim were computed against. */
  referenceSegmentId?: string;
}

/** The output of {@link alignArticles}. */
export interface AlignmentResult {
  claims: AlignedClaim[];
  /** Ids of segments no other outlet matched (see alignArticles for how they also appear in `claims`). */
  unaligned: string[];
}

/** Options of {@link alignArticles}. */
export interface AlignOptions {
  /** Minimum similarity for two segments of different outlets to share a claim; default 0.3. */
  threshold?: number;
  /** Most segments one article may contribute to one claim (a split claim); default 3. */
  maxLinksPerArticle?: number;
  /** Most claims one segment may belong to (a sentence that folds several claims); default 2. */
  maxClaimsPerSegment?: number;
  /** Where segments said by one outlet only go: 'claims' (default) keeps them as single-outlet claims too. */
  singletons?: 'claims' | 'unaligned';
  /**
   * Word vectors for soft matching (decodeWordVectors over data/word-vectors.bin). The API passes them; without
   * them (the browser fallback) only exact and synonym matches count, a little less recall.
   */
  wordVectors?: import('./vectors/word-vectors.js').WordVectors;
}

/** Relation, flags and confidence of one segment against a reference segment. */
export interface RelationResult {
  relation: Relation;
  flags: DiffFlag[];
  confidence: number;
}

/** One operation of a word-level diff; offsets are character offsets into each string. */
export type DiffOp = {
  type: 'equal' | 'insert' | 'delete' | 'replace' | 'move';
  baseText: string;
  otherText: string;
  baseStart: number;
  otherStart: number;
  moveId?: number;
};

/** The claims of a comparison as the coverage matrix needs them. */
export interface CoverageInput {
  articles: { id: string; outletName?: string | null }[];
  claims: { id: string; label: string; links: { segmentId: string; articleId: string; relation: Relation }[] }[];
}

/** A claims × articles matrix plus the claims one outlet alone reports and the article pairs that share wire copy. */
export interface CoverageResult {
  articleIds: string[];
  rows: { claimId: string; label: string; cells: (Relation | null)[] }[];
  uniqueClaims: { claimId: string; articleId: string }[];
  sharedWire: { articleIds: [string, string]; verbatimLinks: number; share: number }[];
}
