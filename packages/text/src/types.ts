/** How sure the importer is about the outlet it reports. */
export type OutletConfidence = 'STATED' | 'INFERRED' | 'UNKNOWN';

/** What the user gave us: pasted text or HTML, plus optional facts that override what we extract. */
export interface ImportInput {
  text?: string;
  html?: string;
  url?: string;
  outletName?: string;
  publishedAt?: string;
}

/**
 * Corrections a user makes after seeing a first import. Line indexes are those reported in
 * {@link DroppedLine.lineIndex} and {@link Paragraph.lineIndex}: zero-based lines of the input after line
 * endings were normalised (for HTML, lines of the extracted article text). A restored line becomes a
 * body paragraph where it stands; metadata it fed (a headline, say) is kept. Restoring wins over dropping.
 */
export interface ImportOptions {
  restoreLines?: number[];
  dropLines?: number[];
}

/** One sentence of the body with offsets into `ImportedArticle.body` (end exclusive). */
export interface SentenceSpan {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** One body paragraph with offsets into `ImportedArticle.body` (end exclusive). */
export interface Paragraph {
  start: number;
  end: number;
  /** Index of the input line the paragraph starts on, so a UI can offer to drop it. */
  lineIndex: number;
}

/**
 * Why a line is not part of the body. The set is stable: the UI may translate these codes.
 * Lines that feed metadata (headline, byline …), captions and subheadings are listed too, so that every
 * non-body line can be shown and restored.
 */
export type DropReason =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'date'
  | 'dateline'
  | 'section-label'
  | 'navigation'
  | 'tags'
  | 'caption'
  | 'subheading'
  | 'cross-link'
  | 'related-stories'
  | 'repeated-headline'
  | 'duplicate-line'
  | 'comment-widget'
  | 'app-promo'
  | 'social-share'
  | 'newsletter'
  | 'advertisement'
  | 'wire-credit'
  | 'footer'
  | 'brand'
  | 'embed'
  | 'outside-article'
  | 'not-prose'
  | 'user-dropped';

/** A line left out of the body, with its machine-friendly reason and a readable explanation. */
export interface DroppedLine {
  lineIndex: number;
  text: string;
  reason: DropReason;
  /** A sentence a person can read, e.g. "looks like a photo caption: ends with a photo credit". */
  detail: string;
}

/** The outlet that published the article, with how we know. */
export interface OutletInfo {
  name: string | null;
  domain: string | null;
  confidence: OutletConfidence;
  reason: string;
}

/** A cleaned article: metadata, body with paragraph and sentence offsets, and the explanation of every cut. */
export interface ImportedArticle {
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  publishedAt: string | null;
  publishedAtText: string | null;
  dateline: string | null;
  wireCredit: string | null;
  outlet: OutletInfo;
  body: string;
  paragraphs: Paragraph[];
  sentences: SentenceSpan[];
  captions: string[];
  subheadings: string[];
  droppedLines: DroppedLine[];
  warnings: string[];
  contentHash: string;
  kind: 'NEWS' | 'OFFICIAL';
}

/** An article as `suggestEvents` sees it. */
export interface EventCandidate {
  id: string;
  headline: string | null;
  body: string;
  publishedAt: string | null;
}

/** A suggested group of articles reporting the same statement or event. */
export interface EventSuggestion {
  articleIds: string[];
  label: string;
  score: number;
  reasons: string[];
}
