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
// An ordinal before "round", "session" or "meeting", with up to three capitalised words between ("15th
// CPEC JCC meeting", "second round", "8th Round"), or "Round 3". Lower-case words between ("the first time
// the meeting …") name no round.
const NUMBERED = new RegExp(
  `\\b(?:${ORDINAL})((?:\\s+[\\p{L}\\p{N}+'’.-]+){0,3}?)\\s+(?:round|session|meeting|dialogue|talks|edition)s?\\b|\\bround\\s+(\\d{1,3})\\b`,
  'giu',
);
// "third 2+2 ministerial dialogue", "8th Strategic Dialogue": names, numbers and a few words that say what kind
// of meeting it is may stand between the ordinal and the meeting word.
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const MEETING_WORDS =
  /^(?:ministerial|strategic|annual|bilateral|trilateral|high-level|joint|foreign|ministers[’']?|defence|defense|security|trade|economic|political|policy|of|the|their)$/i;
/** How much of the body counts as the lead: later mentions are usually of earlier or next rounds. */
export const ROUND_LEAD_CHARS = 400;

/** The round number the headline (else the lead) reports, or null when none is given. */
export function roundOf(headline: string | null, body: string): number | null {
  return numberIn(headline ?? '') ?? numberIn(body.slice(0, ROUND_LEAD_CHARS));
}

function numberIn(text: string): number | null {
  for (const m of text.matchAll(NUMBERED)) {
    const between = (m[3] ?? '').split(/\s+/).filter(Boolean);
    if (!between.every((w) => CAPITALISED.test(w) || MEETING_WORDS.test(w))) continue;
    if (m[1] !== undefined) return Number(m[1]);
    if (m[2] !== undefined) return ORDINAL_WORDS.indexOf(m[2].toLowerCase()) + 1;
    return Number(m[4]);
  }
  return null;
}
