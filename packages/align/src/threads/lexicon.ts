/**
 * General English cue words for cross-event changes. They describe how statements are worded in any news copy
 * (none comes from the sample articles): softeners that weaken a commitment, intensifiers that strengthen it,
 * verbs that attribute a statement to someone, and words that never make two sentences about the same thing.
 */

/** Words that make a commitment weaker or less certain. */
export const SOFTENERS: ReadonlySet<string> = new Set(
  `may might could would possibly perhaps probably likely hope hoped hopes hoping aim aims aimed seek seeks sought
  explore explored explores consider considered considering intend intends intended plan plans planned try tries
  tried strive strives endeavour endeavor expected expect expects reportedly allegedly apparently partly partially
  somewhat cautiously tentatively gradually eventually where appropriate feasible`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a commitment firmer. */
export const INTENSIFIERS: ReadonlySet<string> = new Set(
  `firm firmly unwavering unwaveringly steadfast steadfastly staunch staunchly strong strongly resolute resolutely
  unswerving unflinching full fully complete completely absolute absolutely total totally always never must
  ironclad categorically categorical unequivocal unequivocally utmost vigorous vigorously
  unshakable unshakeable unbreakable resolve determined determination`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs by which a sentence says who states, promises or agrees something. */
export const ATTRIBUTING_VERBS: ReadonlySet<string> = new Set(
  // Past tenses and "says"-style forms only: bare forms ("support", "pledge") are as often nouns.
  `said says stated told added noted announced claimed declared reaffirmed reiterated agreed pledged vowed vows
  emphasized emphasised stressed expressed welcomed condemned urged called underscored highlighted affirmed
  recognized recognised acknowledged maintained committed appreciated supported opposed conveyed insisted denounced
  backed endorsed promised`
    .split(/\s+/)
    .filter(Boolean),
);

/** Function words, ignored when matching and when looking for names. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of to in on at by for with from into onto over under about as than that this these
  those it its it's is are was were be been being has have had do does did will shall would should can could may
  might must not no also both each other their them they he she his her we our you your i which who whom whose
  what when where while during after before between among through further such any all more most very so too
  there here then once again said says say just only own same some up down out off new one two`
    .split(/\s+/)
    .filter(Boolean),
);

/** Month names (and short forms): a date, which differs between look-alike events. */
export const MONTHS: ReadonlySet<string> = new Set(
  `january february march april june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec may`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prepositions that introduce where something happened ("in Lahore", "at the Great Hall"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'visited', 'visiting']);

/** Common qualifiers without an adjective or adverb ending ("a firm stance", "close ties", "a key role"). */
export const QUALIFIERS: ReadonlySet<string> = new Set(
  `firm deep close broad key core high great sole strong full true fair wide major prime vital good joint mutual
  clear solid sound real grave dire serious urgent`
    .split(/\s+/)
    .filter(Boolean),
);

// Endings of English adjectives and adverbs ("inalienable", "strategic", "comprehensive", "fully"); nouns in
// -ment ("agreement") and short words ("oral", "ant") are left out.
const QUALIFIER_ENDING = /(?:able|ible|al|ive|ous|ful|less|ic|ary|ory|ant|ent|ly)$/;

/** Whether a lower-case word reads as a qualifier: listed, an intensifier, or with an adjective or adverb ending. */
export function isQualifierWord(low: string): boolean {
  if (STOPWORDS.has(low) || /[^\p{L}-]/u.test(low)) return false;
  if (QUALIFIERS.has(low) || INTENSIFIERS.has(low)) return true;
  return low.length >= 5 && QUALIFIER_ENDING.test(low) && !/ment$/.test(low);
}
