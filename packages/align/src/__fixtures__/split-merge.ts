import type { AlignArticle } from '../types.js';

/**
 * Four short articles on one statement: Q splits P's first claim over two sentences, R folds P's second and third
 * claims into one sentence, S repeats the third and adds a sentence nobody else has.
 */
export const SPLIT_MERGE: Record<string, string[]> = {
  P: [
    'Pakistan and China agreed to accelerate the development of Gwadar Port and to upgrade the ML-1 railway line.',
    'China reiterated that the Kashmir dispute should be resolved peacefully under the UN Charter.',
    'Both sides welcomed Pakistan’s participation in the China Space Station programme.',
  ],
  Q: [
    'Pakistan and China agreed to accelerate the development of Gwadar Port.',
    'They also agreed to upgrade the ML-1 railway line.',
    'China said the Kashmir dispute must be resolved peacefully in line with the UN Charter.',
  ],
  R: [
    'China said the Kashmir dispute should be resolved under the UN Charter, and both sides welcomed Pakistan’s role in the China Space Station.',
    'The two countries will speed up work on Gwadar Port and the ML-1 railway.',
  ],
  S: [
    'Both sides welcomed Pakistan’s participation in the China Space Station.',
    'Cricket fans in Lahore celebrated a record score on Sunday evening.',
  ],
};

/** The split/merge articles as alignment input; `official` marks one as the OFFICIAL pivot. */
export function splitMergeArticles(official?: string): AlignArticle[] {
  return Object.entries(SPLIT_MERGE).map(([id, texts]) => ({
    id,
    kind: id === official ? 'OFFICIAL' : 'NEWS',
    segments: texts.map((text, index) => ({ id: `${id}${index}`, articleId: id, index, text })),
  }));
}
