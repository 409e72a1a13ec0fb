/** Who produced a claim, a label, a position or a link: the auto-aligner or a person. */
export type Origin = 'AUTO' | 'HUMAN';

/** All values of {@link Origin}, for validation and enumeration. */
export const ORIGINS: readonly Origin[] = ['AUTO', 'HUMAN'];

/** How a segment reports a claim. */
export type Relation = 'VERBATIM' | 'PARAPHRASE' | 'PARTIAL' | 'CONTRADICTS';

/** All values of {@link Relation}, for validation and enumeration. */
export const RELATIONS: readonly Relation[] = ['VERBATIM', 'PARAPHRASE', 'PARTIAL', 'CONTRADICTS'];

/** What a comment thread is about: a whole claim, or a character span of one segment's text. */
export type CommentAnchor = { kind: 'claim'; claimId: string } | { kind: 'segment'; segmentId: string; start: number; end: number };

/** A link from a claim to a segment, as read from the doc. */
export interface LinkView {
  claimId: string;
  segmentId: string;
  articleId: string;
  relation: Relation;
  flags: string[];
  origin: Origin;
  /** The aligner's confidence in 0..1; human links keep the value they had or 1. */
  confidence: number;
  /** The user who created or confirmed the link, or null for the auto-aligner. */
  linkedBy: string | null;
  /** ISO 8601 timestamp. */
  linkedAt: string;
  /** True when a person set the relation explicitly; a moved or auto link's relation is re-measured instead. */
  relationByHuman?: boolean;
}

/** A claim with its links, as read from the doc. */
export interface ClaimView {
  id: string;
  label: string;
  labelOrigin: Origin;
  topic: string | null;
  /** Fractional sort key; order claims by (position, id). */
  position: number;
  /** AUTO while only the aligner placed the claim; HUMAN once someone moved it. */
  positionOrigin: Origin;
  /** The plain text of the collaborative note. */
  note: string;
  origin: Origin;
  createdBy: string | null;
  /** ISO 8601 timestamp. */
  createdAt: string;
  /** Links sorted by (articleId, segmentId). */
  links: LinkView[];
}

/** A comment, as read from the doc. */
export interface CommentView {
  id: string;
  /** The id of the thread's root comment; equal to `id` for a root. */
  threadId: string;
  parentId: string | null;
  anchor: CommentAnchor;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  editedAt: string | null;
  /** The resolution state of the whole thread (stored on its root). */
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  /**
   * True when the comment is anchored to a claim that no longer exists, which only happens when someone
   * commented on a claim while someone else deleted it; the web shows these apart instead of losing them.
   */
  detached: boolean;
}

/** A human decision that a segment does not belong to a claim. */
export interface RejectionView {
  claimId: string;
  segmentId: string;
  rejectedBy: string | null;
  rejectedAt: string;
}

/** A plain JSON snapshot of a comparison doc, used by the projector, the web and history diffs. */
export interface ComparisonDocView {
  /** The doc's schema version, or null when the doc was never initialised. */
  schemaVersion: number | null;
  /** Claims sorted by (position, id), each with its links. */
  claims: ClaimView[];
  /** Comments sorted by (createdAt, id). */
  comments: CommentView[];
  /** Rejections sorted by (claimId, segmentId). */
  rejections: RejectionView[];
}
