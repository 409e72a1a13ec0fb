// The number of a round, session or meeting a story reports ("the eighth round of the strategic dialogue",
// "15th round of FTA talks", "Round 3"), read from its headline and lead. Successive rounds of one dialogue
// name the same people, parties and kind of meeting, so their numbers are what tells them apart.

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ORDINAL = `(\\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')})`;
// An ordinal before "round", "session" or "meeting", with up to three words between ("15th JCC meeting",
// "second round", "8th Round"), or "Round 3".
const NUMBERED = new RegExp(
  `\\b(?:${ORDINAL})(?:\\s+[\\p{L}'’.-]+){0,3}?\\s+(?:round|session|meeting)s?\\b|\\bround\\s+(\\d{1,3})\\b`,
  'iu',
);
/** How much of the body counts as the lead: later mentions are usually of earlier or next rounds. */
export const ROUND_LEAD_CHARS = 400;

/** The round number the headline (else the lead) reports, or null when none is given. */
export function roundOf(headline: string | null, body: string): number | null {
  return numberIn(headline ?? '') ?? numberIn(body.slice(0, ROUND_LEAD_CHARS));
}

function numberIn(text: string): number | null {
  const m = NUMBERED.exec(text);
  if (m === null) return null;
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return ORDINAL_WORDS.indexOf(m[2].toLowerCase()) + 1;
  return Number(m[3]);
}
