import type { Assembled } from '../assemble.js';
import { normaliseKey } from '../lines/features.js';
import type { Extracted } from '../lines/item.js';
import type { ImportInput, OutletInfo } from '../types.js';
import { normaliseDate, type FoundDate } from './dates.js';
import { datelineDate, urlDate, yearHint } from './dateClues.js';
import { inlineDateline } from './dateline.js';
import { tidyByline } from './byline.js';
import { detectKind } from './kind.js';
import { inferOutlet } from './outlet.js';
import { agencySpelling, isAgency, trailingCredit } from './wire.js';
import { outletByBrand, outletByDesk } from './outlets.js';

/** Metadata found outside the lines (HTML head, JSON-LD), used before what the lines say. */
export interface PageFacts {
  headline?: string | null;
  standfirst?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  siteName?: string | null;
  url?: string | null;
}

/** The metadata fields of an imported article. */
export interface ResolvedMeta {
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  publishedAt: string | null;
  publishedAtText: string | null;
  dateline: string | null;
  wireCredit: string | null;
  outlet: OutletInfo;
  kind: 'NEWS' | 'OFFICIAL';
}

/**
 * Combines the user's input, page facts and what the lines revealed into the final metadata. The user's
 * `outletName` and `publishedAt` always win.
 */
export function resolveMeta(input: ImportInput, page: PageFacts, found: Extracted, doc: Assembled, warnings: string[]): ResolvedMeta {
  const paragraphs = doc.paragraphs.map((p) => doc.body.slice(p.start, p.end));
  const lead = paragraphs.length > 0 ? inlineDateline(paragraphs[0]) : null;
  const date = resolveDate(input, page, found, paragraphs[0] ?? '', warnings);
  const credits = [...(lead?.wire ? [lead.wire] : []), ...found.wireCredits];
  // "By Xinhua", "Dawn.com | Reuters", "Le Monde with AFP": agencies in the byline are the wire credit;
  // what remains (a person, a desk, the site) is the byline.
  const split = splitWireFromByline(page.byline ? page.byline.replace(/^by\s+/i, '') : found.byline);
  credits.unshift(...split.wires);
  const bylineIsWire = split.byline === null;
  const rawByline = split.byline;
  const trailing = paragraphs.length > 0 ? trailingCredit(paragraphs[paragraphs.length - 1]) : null;
  if (trailing !== null) credits.push(trailing);
  credits.push(...found.mastheadCredits);
  const outlet = inferOutlet({
    userName: input.outletName,
    url: input.url ?? page.url ?? undefined,
    siteName: page.siteName,
    footerLines: found.footerLines,
    brandLines: found.brandLines,
    byline: bylineIsWire ? null : (found.byline ?? page.byline ?? null),
    wireCredits: credits,
  });
  const headline = found.headline ?? page.headline ?? null;
  return {
    headline,
    standfirst: doc.standfirst ?? pageStandfirst(page.standfirst, doc.body),
    byline: bylineIsWire || rawByline === null ? null : tidyByline(rawByline),
    publishedAt: date.iso,
    publishedAtText: date.text,
    dateline: found.dateline ?? (lead?.place || null),
    wireCredit: joinCredits(credits.filter((c) => !isOwnName(c, outlet))),
    outlet,
    kind: detectKind({
      headline,
      paragraphs,
      outletDomain: outlet.domain,
      outletName: outlet.name,
      droppedTexts: doc.droppedLines.map((d) => d.text),
    }),
  };
}

// A meta description is often the first paragraph again; it is a standfirst only when it is not.
function pageStandfirst(description: string | null | undefined, body: string): string | null {
  if (!description) return null;
  const key = normaliseKey(description).slice(0, 80);
  return normaliseKey(body.slice(0, 2000)).includes(key) ? null : description;
}

function resolveDate(
  input: ImportInput,
  page: PageFacts,
  found: Extracted,
  lead: string,
  warnings: string[],
): { iso: string | null; text: string | null } {
  const given = input.publishedAt?.trim();
  if (given) {
    const iso = normaliseDate(given);
    if (iso === null) warnings.push(`"${given}" is not a date the importer can read, so it was kept as given.`);
    return { iso: iso ?? given, text: given };
  }
  const best = bestDate(found, lead, input.url ?? page.url ?? null);
  if (page.publishedAt) {
    const iso = normaliseDate(page.publishedAt);
    // A page's meta date is often the day it was last edited: a "Published" date printed by the headline
    // on another day is what readers see, and wins.
    if (iso !== null && !(best !== null && isVisiblePublished(found, best) && best.iso.slice(0, 10) !== iso.slice(0, 10))) {
      return { iso, text: page.publishedAt };
    }
  }
  return best === null ? { iso: null, text: null } : { iso: best.iso, text: best.text };
}

// Header date lines first ("Published" over unlabelled over "Updated"), then a print-edition credit,
// the page address, the dateline completed with the page's year, and dates in the tail or the body.
// Ties go to the earlier line. Captions, tweets and related-story lists never get here.
function bestDate(found: Extracted, lead: string, url: string | null): FoundDate | null {
  const candidates = [...found.dates];
  const fromUrl = urlDate(url);
  if (fromUrl !== null) candidates.push({ date: fromUrl, rank: 7, lineIndex: Number.MAX_SAFE_INTEGER });
  const year = yearHint(
    found.footerLines,
    found.dates.map((d) => d.date),
    url,
  );
  const fromDateline = datelineDate(lead, year);
  if (fromDateline !== null) candidates.push({ date: fromDateline, rank: 5, lineIndex: Number.MAX_SAFE_INTEGER });
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates)
    if (best === undefined || c.rank > best.rank || (c.rank === best.rank && c.lineIndex < best.lineIndex)) best = c;
  return best?.date ?? null;
}

// The best date is a header line that calls itself the publication date.
function isVisiblePublished(found: Extracted, best: FoundDate): boolean {
  return found.dates.some((d) => d.date === best && d.date.label === 'published' && d.rank >= 10);
}

// "Source(s): CGTN" on CGTN's own page credits no wire; an agency's own credit on its own page ("(APP)" on
// app.com.pk) is its wire credit, as it is on every page that carries the story.
function isOwnName(credit: string, outlet: OutletInfo): boolean {
  if (outlet.name === null) return false;
  const known = outletByBrand(credit.replace(/^the\s+/i, '').trim());
  return known !== undefined && known.name === outlet.name && known.kind !== 'agency';
}

// "By The Associated Press" and "(AP)" credit one agency: it is named once, as first printed.
function joinCredits(credits: readonly string[]): string | null {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of credits) {
    const name = agencySpelling(raw.replace(/^the\s+/i, '').trim());
    const known = outletByBrand(name) ?? outletByDesk(name);
    const key = known?.name ?? name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names.length === 0 ? null : names.join(', ');
}

const BYLINE_PARTS = /\s*(?:\||\/|\band\b|\bwith\b|&|,)\s*/i;

function splitWireFromByline(byline: string | null): { byline: string | null; wires: string[] } {
  if (byline === null) return { byline: null, wires: [] };
  const parts = byline
    .split(BYLINE_PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  const wires = parts.filter((p) => isAgency(p) || isAgency(p.replace(/^the\s+/i, '')));
  if (wires.length === 0) return { byline, wires: [] };
  const rest = parts.filter((p) => !wires.includes(p));
  return { byline: rest.length === 0 ? null : rest.join(' and '), wires };
}
