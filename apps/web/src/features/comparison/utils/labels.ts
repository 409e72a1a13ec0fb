import type { Relation } from '@parallax/doc';

/** Short names and explanations of the relations a sentence can have to its claim. */
export const RELATION_LABELS: Record<Relation, { short: string; long: string }> = {
  VERBATIM: { short: 'Verbatim', long: 'Same wording as the reference' },
  PARAPHRASE: { short: 'Paraphrase', long: 'Same claim, different wording' },
  PARTIAL: { short: 'Partial', long: 'Reports only part of the claim' },
  CONTRADICTS: { short: 'Contradicts', long: 'Says something incompatible' },
};

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
