import type { DiffOp } from '../types.js';

/**
 * Types of thread suggestion and timelines. A thread links the claims of different events (comparisons) of one
 * workspace that state the same commitment; a timeline shows, event by event, how each outlet worded it.
 */

/** One sentence of a claim, with the outlet of the article it comes from. */
export interface ThreadSentence {
  segmentId: string;
  articleId: string;
  /** The outlet's name, or null when the importer could not tell (the article id then stands for it). */
  outlet: string | null;
  /** Position of the sentence in its article: several sentences of one article are read in this order. */
  index: number;
  text: string;
}

/** A claim of one event, with the sentences linked to it. */
export interface ThreadClaimInput {
  id: string;
  label: string;
  sentences: ThreadSentence[];
}

/** One event (a comparison): its articles in comparison order and its claims. */
export interface ThreadEventInput {
  id: string;
  title: string;
  /** ISO date of the event (its earliest article), or null when no article is dated. */
  date: string | null;
  /** The articles in comparison order; the first (or the pivot) gives a claim its reference sentence. */
  articles: { id: string; outlet: string | null }[];
  /** The pivot (official text) when the comparison has one. */
  pivotArticleId?: string | null;
  claims: ThreadClaimInput[];
}

/** A claim of a suggested thread, with how well it matched the thread's other claims. */
export interface SuggestedMember {
  eventId: string;
  claimId: string;
}

/** A proposed thread: claims of at least two events that state the same commitment. */
export interface SuggestedThread {
  /** A readable name built from the claim labels (people may rename it). */
  name: string;
  /** The weakest link score that holds the thread together, in [0, 1]. */
  score: number;
  members: SuggestedMember[];
}

/** Options of {@link suggestThreads}. */
export interface SuggestThreadsOptions {
  /** Minimum similarity of two claims' sentences to thread them; default {@link THREAD_THRESHOLD}. */
  threshold?: number;
  /** Claim sets (as sorted "eventId:claimId" lists joined by ",") not to propose again: rejected or existing threads. */
  exclude?: ReadonlySet<string>;
  /** Claims already in a thread; they are not proposed in another. */
  taken?: ReadonlySet<string>;
}

/** What changed between an outlet's wording in one event and the wording of the event before. */
export type ChangeFlag =
  'HEDGE_ADDED' | 'HEDGE_REMOVED' | 'QUALIFIER_CHANGED' | 'ENTITY_RENAMED' | 'NUMBER_CHANGED' | 'ATTRIBUTION_CHANGED';

/** Whether an outlet reported the thread's claim in an event. */
export type CellStatus = 'REPORTED' | 'NOT_REPORTED' | 'NO_ARTICLE';

/** The word-level change of a wording against the previous event's. */
export interface WordingChange {
  previousEventId: string;
  /** The wording diffed against: the same outlet's when it reported the previous event, else the reference one. */
  against: 'OUTLET' | 'REFERENCE';
  previousSentence: string;
  ops: DiffOp[];
  flags: ChangeFlag[];
}

/** One outlet in one event of a thread. */
export interface TimelineCell {
  eventId: string;
  outlet: string;
  status: CellStatus;
  /** The outlet's sentences for the claim, joined in article order; null unless REPORTED. */
  sentence: string | null;
  segmentIds: string[];
  /** Null for the first event, and whenever there is no wording on either side. */
  change: WordingChange | null;
}

/** One event of a thread, in date order. */
export interface TimelineEvent {
  eventId: string;
  claimId: string;
  title: string;
  date: string | null;
  /** A short name of the event's date, e.g. "Jan 2026". */
  label: string;
  /** The claim's reference wording in this event (pivot or first article). */
  referenceSentence: string | null;
}

/** A thread's events in date order, each outlet's wording in each, and a summary line per outlet. */
export interface Timeline {
  events: TimelineEvent[];
  cells: TimelineCell[];
  summaries: { outlet: string; summary: string }[];
}
