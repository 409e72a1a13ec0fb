// Titles and short forms that are never the end of a sentence when followed by a capital ("Mr. Khan").
const ALWAYS = new Set(
  (
    'mr mrs ms mx dr prof sr jr gen col lt maj capt cpt sgt cpl gov sen rep rev hon fr adm cmdr supt insp brig ' +
    'pres amb sec gov govt dept messrs mme mlle sh smt shri lt-gen maj-gen lt-col vs v cf eg ie viz al approx ca'
  ).split(' '),
);
// Short forms that end sentences often enough ("… in Jan.", "… Ltd.") that a clear sentence start after
// them wins.
const USUALLY = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp bros plc llc st mt ft ave blvd rd univ assn est'.split(' '),
);
// Only before a number: "No. 5", "Art. 370", "Vol. 2", "p. 14".
const BEFORE_NUMBER = new Set('no nos art arts vol vols fig figs p pp para paras sec ch cl op ed ex'.split(' '));
// Words that begin sentences; after an ambiguous short form they tip the balance towards a split.
const STARTERS = new Set(
  (
    'the a an he she it they we i you this that these those there his her their its our in on at but and ' +
    'however meanwhile also after before when while as if for of according earlier later then so yet still ' +
    'both some many most no one two three what why how where who'
  ).split(' '),
);

/**
 * Decides whether the period at `dot` ends an abbreviation rather than the sentence. `word` is the token
 * before the period (without it) and `next` the word after the following whitespace.
 */
export function isAbbreviation(word: string, next: string): boolean {
  if (word === '') return false;
  const lower = word.toLowerCase();
  const nextLower = next.toLowerCase();
  // Initials: "A. B. Khan", "J. Smith"; also "U.S" / "a.m" built from dotted letters.
  if (word.length === 1 && /[\p{Lu}]/u.test(word)) return true;
  if (/\d/.test(word)) return false;
  if (word.includes('.')) {
    if (lower === 'e.g' || lower === 'i.e' || lower === 'etc') return true;
    return !STARTERS.has(nextLower);
  }
  if (ALWAYS.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\d/.test(next) && /^[\p{Lu}]/u.test(word);
  if (USUALLY.has(lower)) return !STARTERS.has(nextLower) && /^[\p{Lu}]/u.test(word);
  return false;
}
