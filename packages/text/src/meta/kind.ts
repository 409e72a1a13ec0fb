/** The facts `detectKind` weighs. */
export interface KindClues {
  headline: string | null;
  paragraphs: readonly string[];
  outletDomain: string | null;
  outletName: string | null;
  /** Lines around the body (header, footer), where a ministry names itself. */
  droppedTexts: readonly string[];
}

const OFFICIAL_TITLE =
  /^(?:(?:full )?text of (?:the )?)?(?:joint (?:press )?statement|joint communiqu[eé]|joint declaration|joint press release|press release|official statement|communiqu[eé]|declaration|statement (?:by|of|from) (?:the )?(?:ministry|spokesperson|spokesman|foreign office|prime minister|president|government|minister)|transcript of|remarks by)/i;
const NUMBERED = /^\(?(?:\d{1,2}|[ivx]{1,5})[.)]\s+\S/i;
const GOVERNMENT = /(?:\.gov(?:\.[a-z]{2})?$|\.gob\.|\.gouv\.|\.mil$)/i;
const MINISTRY =
  /\b(?:ministry of (?:foreign affairs|external affairs)|foreign office|state department|press (?:office|section|information department)|spokesperson'?s office)\b/i;

/**
 * Tells the statement itself (OFFICIAL) from reporting about it (NEWS). A joint statement or press
 * release title counts only with a second cue: numbered paragraphs, a government domain or a ministry
 * credit; news headlines say "issue joint statement" rather than start with it.
 */
export function detectKind(clues: KindClues): 'NEWS' | 'OFFICIAL' {
  const title = clues.headline !== null && OFFICIAL_TITLE.test(clues.headline.trim());
  const numbered = clues.paragraphs.filter((p) => NUMBERED.test(p)).length;
  const government =
    (clues.outletDomain !== null && GOVERNMENT.test(clues.outletDomain)) ||
    (clues.outletName !== null && /\bministry\b/i.test(clues.outletName)) ||
    clues.droppedTexts.some((t) => t.length < 200 && MINISTRY.test(t));
  if (title && (numbered >= 2 || government)) return 'OFFICIAL';
  if (numbered >= 4 && numbered >= clues.paragraphs.length / 2 && government) return 'OFFICIAL';
  return 'NEWS';
}
