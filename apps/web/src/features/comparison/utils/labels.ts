import type { Relation } from '@parallax/doc';

/**
 * Short names, distinct one-character letters (for the coverage matrix and compact badges) and explanations of
 * the relations a sentence can have to the base text of its claim.
 */
export const RELATION_LABELS: Record<Relation, { short: string; letter: string; long: string }> = {
  VERBATIM: { short: 'Verbatim', letter: 'V', long: 'Same wording as the base' },
  PARAPHRASE: { short: 'Paraphrase', letter: 'P', long: 'Same claim, different wording' },
  PARTIAL: { short: 'Partial', letter: 'p', long: 'Reports only part of the claim, or more than it' },
  CONTRADICTS: { short: 'Contradicts', letter: '✕', long: 'Says something incompatible' },
};

/** The badge of a claim that one outlet alone reports: it relates to nothing. */
export const ONLY_HERE = { short: 'only here', letter: '•', long: 'Only this outlet reports this' };

/** The difference flags the aligner sets on a sentence, with what each means to a reader. */
export const FLAG_LABELS: Record<string, { short: string; long: string }> = {
  NUMBER: { short: '#', long: 'Numbers differ' },
  ENTITY: { short: 'Name', long: 'Names or places differ' },
  QUOTE: { short: '“ ”', long: 'Quotation differs' },
  ATTRIBUTION: { short: 'Source', long: 'Attribution differs (who said it)' },
  HEDGE: { short: 'Tone', long: 'Intensity or hedging differs' },
};

/** The label and explanation of a flag, falling back to the raw flag. */
export function flagLabel(flag: string): { short: string; long: string } {
  return FLAG_LABELS[flag] ?? { short: flag.toLowerCase(), long: flag };
}
