import type { Assembled } from '../assemble.js';
import { normaliseKey } from '../lines/features.js';
import type { Extracted } from '../lines/item.js';
import type { ImportInput, OutletInfo } from '../types.js';
import { normaliseDate } from './dates.js';
import { inlineDateline } from './dateline.js';
import { detectKind } from './kind.js';
import { inferOutlet } from './outlet.js';
import { trailingCredit } from './wire.js';

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
  const date = resolveDate(input, page, found, warnings);
  const credits = [...(lead?.wire ? [lead.wire] : []), ...found.wireCredits];
  const trailing = paragraphs.length > 0 ? trailingCredit(paragraphs[paragraphs.length - 1]) : null;
  if (trailing !== null) credits.push(trailing);
  const outlet = inferOutlet({
    userName: input.outletName,
    url: input.url ?? page.url ?? undefined,
    siteName: page.siteName,
    footerLines: found.footerLines,
    brandLines: found.brandLines,
    byline: found.byline ?? page.byline ?? null,
    wireCredits: credits,
  });
  const headline = page.headline ?? found.headline;
  return {
    headline,
    standfirst: doc.standfirst ?? pageStandfirst(page.standfirst, doc.body),
    byline: page.byline ? page.byline.replace(/^by\s+/i, '') : found.byline,
    publishedAt: date.iso,
    publishedAtText: date.text,
    dateline: found.dateline ?? lead?.place ?? null,
    wireCredit: credits.length === 0 ? null : [...new Set(credits)].join(', '),
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

function resolveDate(input: ImportInput, page: PageFacts, found: Extracted, warnings: string[]): { iso: string | null; text: string | null } {
  const given = input.publishedAt?.trim();
  if (given) {
    const iso = normaliseDate(given);
    if (iso === null) warnings.push(`"${given}" is not a date the importer can read, so it was kept as given.`);
    return { iso: iso ?? given, text: given };
  }
  if (page.publishedAt) {
    const iso = normaliseDate(page.publishedAt);
    if (iso !== null) return { iso, text: page.publishedAt };
  }
  return found.date === null ? { iso: null, text: null } : { iso: found.date.iso, text: found.date.text };
}
