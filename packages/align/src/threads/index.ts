/** Threads: the same commitment followed across events (comparisons) of a workspace, and its timeline. */
export type {
  CellStatus,
  ChangeFlag,
  SuggestedMember,
  SuggestedThread,
  SuggestThreadsOptions,
  ThreadClaimInput,
  ThreadEventInput,
  ThreadSentence,
  Timeline,
  TimelineCell,
  TimelineEvent,
  WordingChange,
} from './types.js';
export { suggestThreads, memberKey, THREAD_THRESHOLD } from './suggest-threads.js';
export { buildTimeline, eventLabel, type ThreadStop } from './timeline.js';
export { changeFlags } from './change-flags.js';
export { sentenceFacts, type SentenceFacts } from './sentence-facts.js';
export { vetoesBetween } from './vetoes.js';
