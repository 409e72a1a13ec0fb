import { stemmer } from 'stemmer';
import { BRITISH_SPELLINGS, DEMONYMS, ENTITY_ALIASES, SYNONYM_GROUPS } from '../lexicon/synonyms.js';

/**
 * Folds a lower-case word to the form we stem: American spelling, country instead of demonym, one name per place.
 * Done before stemming so that the lexicons can be written as plain words.
 */
export function foldWord(lower: string): string {
  const british = BRITISH_SPELLINGS[lower];
  if (british) return british;
  if (lower.endsWith('isation') || lower.endsWith('isations')) return lower.replace('isation', 'ization');
  return DEMONYMS[lower] ?? SINGLE_WORD_ALIAS.get(lower) ?? lower;
}

/** Single-word aliases (xizang → tibet) used at the term level; multi-word ones are handled on entities. */
const SINGLE_WORD_ALIAS: ReadonlyMap<string, string> = new Map(
  ENTITY_ALIASES.flatMap((group) => group.filter((name) => !name.includes(' ')).map((name) => [name, group[0]!])),
);

/** Stems a folded word with the Porter stemmer. */
export function stemWord(folded: string): string {
  return stemmer(folded);
}

/** Maps a stem to the key of its synonym group, built once from the word lists. */
const SYNONYM_KEY: ReadonlyMap<string, string> = buildSynonymKeys();

function buildSynonymKeys(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const words = group.split(' ');
    const key = `~${words[0]}`;
    // The first group that claims a stem keeps it, so the lists stay readable without a conflict check.
    for (const word of words) {
      const stem = stemWord(foldWord(word));
      if (!map.has(stem)) map.set(stem, key);
    }
  }
  return map;
}

/** Returns the matching key of a stem: its synonym group when it has one, else the stem itself. */
export function keyOfStem(stem: string): string {
  return SYNONYM_KEY.get(stem) ?? stem;
}
