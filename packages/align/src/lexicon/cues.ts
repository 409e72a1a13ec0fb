/**
 * Cue words for the difference flags. Each list is what a copy editor would look for when checking whether two
 * versions of a sentence say the same thing with the same force and the same source.
 */

/** Intensifiers and hedges: swapping or dropping one changes how strongly a claim is made (HEDGE flag). */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(
  `firm firmly unwavering unwaveringly steadfast steadfastly staunch staunchly strong strongly resolute resolutely
  unswerving unflinching full fully complete completely absolute absolutely total totally deep deeply great greatly
  greater utmost vigorous vigorously serious seriously extremely highly ironclad categorically categorical
  unequivocal unequivocally resolutely fierce fiercely sharply sharp severe severely harsh harshly
  may might could possibly reportedly allegedly apparently likely unlikely perhaps probably seemingly reported
  purportedly partly partially somewhat cautiously tentatively`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that reverse a statement; a mismatch between two similar sentences suggests CONTRADICTS. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(
  `not no never neither nor none nothing nobody cannot deny denies denied denying refuse refuses refused reject
  rejects rejected rejecting`
    .split(/\s+/)
    .filter(Boolean),
);

/** Pairs of stems with opposite meaning; one on each side of a similar pair suggests CONTRADICTS. */
export const ANTONYM_PAIRS: readonly [string, string][] = [
  ['support', 'oppos'],
  ['accept', 'reject'],
  ['confirm', 'deni'],
  ['agre', 'disagre'],
  ['increas', 'decreas'],
  ['rise', 'fall'],
  ['win', 'lose'],
  ['allow', 'ban'],
  ['welcom', 'condemn'],
  ['prais', 'criticis'],
  ['prais', 'critic'],
];

/** Verbs and phrases that attribute a statement to a source (ATTRIBUTION flag). */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(
  `said says say stated states told added noted announced claimed quoted read reads according wrote tweeted posted
  confirmed insisted declared`
    .split(/\s+/)
    .filter(Boolean),
);

/** Days of the week, the usual way news copy dates an event. */
export const WEEKDAYS: ReadonlySet<string> = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Month names and common abbreviations, mapped to their number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Number words folded to digits; "one", "first" and "second" are left out because they are rarely counts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  twice: 2,
  double: 2,
  triple: 3,
};

/** Scale words that multiply a preceding number ("62 billion"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
  m: 1e6,
  k: 1e3,
};
