import { parseBylineLine, type BylineLine } from '../meta/byline.js';
import { withoutTrailingCredit } from '../meta/wire.js';
import type { FoundDate } from '../meta/dates.js';
import type { DropReason } from '../types.js';
import { captionReason } from './captions.js';
import { measure, type UnitFeatures } from './features.js';
import { END_MARKER, type Unit } from './units.js';
import { matchBoilerplate, siteMetaScore, type BoilerplateMatch } from './vocabulary.js';

/** A unit under classification: its measurements, its intrinsic verdicts, and the role decided so far. */
export interface Item {
  unit: Unit;
  f: UnitFeatures;
  boiler: BoilerplateMatch | null;
  /** Why the unit is a photo caption, or null. */
  caption: string | null;
  /** Reads like reporting: ends like a sentence, at least three words, not boilerplate or a caption. */
  prose: boolean;
  /** Prose long enough (8+ words) to anchor the start of the body. */
  strong: boolean;
  /** Words about the website itself ("subscribers", "copyright" …), counted on demand by {@link siteMetaOf}. */
  siteMeta?: number;
  role: 'body' | 'drop' | null;
  reason?: DropReason;
  detail?: string;
  /** The last paragraph, cut short by the scraper before its full stop. */
  cutShort?: boolean;
  /** Inside a "Related stories" / "Most read" list. */
  related?: boolean;
  byline?: BylineLine | null;
}

/** What classification learns about the article besides the role of each line. */
export interface Extracted {
  headline: string | null;
  headlineKey: string | null;
  byline: string | null;
  /** Every date line seen, with how much it is trusted; the best one becomes the publication date. */
  dates: DateCandidate[];
  dateline: string | null;
  wireCredits: string[];
  /** Agencies whose bare name is printed above the headline, as a masthead: credits only when nothing else credits them. */
  mastheadCredits: string[];
  brandLines: string[];
  footerLines: string[];
}

/** A date found in a line, ranked by where the line is and what it calls the date. */
export interface DateCandidate {
  date: FoundDate;
  rank: number;
  lineIndex: number;
}

/** Metadata known before line classification (from HTML metadata), which the lines then only confirm. */
export interface KnownMeta {
  headline?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
}

const EMBEDDED: BoilerplateMatch = { reason: 'embed', detail: 'an embedded social media post' };
const TERMINAL = /[.!?…]["'”’»)\]]*$/;
const STARTS_OK = /^[\p{L}\p{N}“"‘'(\[«¿¡]/u;

/** Measures units and runs the order-independent checks (boilerplate vocabulary, captions, prose shape). */
export function makeItems(units: readonly Unit[]): Item[] {
  const captionKeys: string[] = [];
  return units.map((unit) => {
    const f = measure(unit.text);
    const boiler = unit.outside?.reason === 'embed' ? EMBEDDED : unit.hint === 'heading' ? null : matchBoilerplate(unit.text, f.words);
    const caption =
      unit.hint === 'caption'
        ? 'a figure caption in the page'
        : boiler
          ? null
          : captionReason(unit.text, f.words, captionKeys, () => f.key);
    if (caption !== null) captionKeys.push(f.key);
    // Lines outside the page's article may name the author or the date, but never start the body.
    // "… in Beijing. (APP)" and "… said. — Reuters" end like sentences once the agency credit is set aside.
    // "… after the meeting. (end)": an agency's end marker after the last sentence, likewise.
    const terminal = f.terminal || (f.words >= 8 && TERMINAL.test(withoutTrailingCredit(unit.text).replace(END_MARKER, '')));
    const prose =
      unit.outside === undefined &&
      boiler === null &&
      caption === null &&
      unit.hint !== 'heading' &&
      terminal &&
      f.words >= 3 &&
      STARTS_OK.test(unit.text);
    return { unit, f, boiler, caption, prose, strong: prose && f.words >= 8, role: null };
  });
}

/** Counts, once, the words in a prose item that talk about the website rather than the news. */
export function siteMetaOf(item: Item): number {
  item.siteMeta ??= item.prose ? siteMetaScore(item.unit.text) : 0;
  return item.siteMeta;
}

/** Parses the item as a byline/date line once and remembers the answer. */
export function bylineOf(item: Item): BylineLine | null {
  if (item.byline === undefined) {
    item.byline = item.caption !== null || item.boiler !== null ? null : parseBylineLine(item.unit.text, item.f.words);
  }
  return item.byline;
}

// Reasons that say what a line is for the article (its headline, its date …): they are more useful than
// the page furniture the line sat in, so they win over it.
const ARTICLE_ROLES = new Set<DropReason>([
  'headline',
  'standfirst',
  'byline',
  'date',
  'dateline',
  'wire-credit',
  'brand',
  'caption',
  'repeated-headline',
  'embed',
]);

/**
 * Marks the item as left out of the body, unless a role was already decided. A line outside the page's
 * article keeps the furniture it sat in as its reason, unless it has a role in the article.
 */
export function drop(item: Item, reason: DropReason, detail: string): void {
  if (item.role !== null) return;
  const outside = item.unit.outside;
  const useOutside = outside !== undefined && !ARTICLE_ROLES.has(reason);
  item.role = 'drop';
  item.reason = useOutside ? outside.reason : reason;
  item.detail = useOutside ? outside.detail : detail;
}

/** Marks the item as body text, unless a role was already decided. */
export function keep(item: Item): void {
  if (item.role === null) item.role = 'body';
}

/** Returns an empty metadata accumulator. */
export function emptyExtracted(): Extracted {
  return {
    headline: null,
    headlineKey: null,
    byline: null,
    dates: [],
    dateline: null,
    wireCredits: [],
    mastheadCredits: [],
    brandLines: [],
    footerLines: [],
  };
}
