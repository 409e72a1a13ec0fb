import type { MovingSentence } from '../hooks/use-doc-actions';

/** The drag-and-drop type of a sentence being moved between claims. */
export const SENTENCE_MIME = 'application/x-parallax-sentence';
/** The drag-and-drop type of a claim being reordered. */
export const CLAIM_MIME = 'application/x-parallax-claim';

/** Reads the sentence carried by a drag, if it carries one. */
export function readSentence(data: DataTransfer): MovingSentence | null {
  try {
    const raw = data.getData(SENTENCE_MIME);
    return raw ? (JSON.parse(raw) as MovingSentence) : null;
  } catch {
    return null;
  }
}
