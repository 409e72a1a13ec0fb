import type { OutletInfo } from '../types.js';
import { outletByBrand, outletByDesk, outletByDomain, type KnownOutlet } from './outlets.js';

/** Everything the pipeline noticed that may name the outlet, in no particular order. */
export interface OutletClues {
  userName?: string;
  url?: string;
  /** Site name from page metadata (og:site_name, JSON-LD publisher). */
  siteName?: string | null;
  /** Footer lines: disclaimers, copyright lines, brand lines. */
  footerLines: string[];
  /** Short lines that look like a printed brand ("PUKMEDIA"). */
  brandLines: string[];
  byline: string | null;
  /** Agencies credited as the source of the story: a copyright line naming one is the wire's, not the site's. */
  wireCredits?: string[];
}

const SITE_DISCLAIMER =
  /^(?:the\s+)?([\p{Lu}][\p{L}.&'’ -]{1,50}?)(?:'s|’s)?\s+(?:website|web site|app|news service)\s+(?:contains|is|does|publishes|offers)\b/u;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?[,.]?\s*)?(?:by\s+)?([\p{Lu}][\p{L}.&'’ -]{1,50}?)(?=\s*(?:[.,|]|all rights|$))/iu;
const PUBLISHED_IN =
  /^(?:[Pp]ublished|[Pp]rinted|[Ff]irst published|[Aa]ppeared) in (?:the )?(?:print edition of )?((?:The )?[\p{Lu}][\p{L}.&'’ -]{1,40}?)(?=\s*(?:[,.]|\s+on\b|$))/u;
const RIGHTS_RESERVED = /^([\p{Lu}][\p{L}.&'’ -]{1,50}?)[.,]?\s+all rights reserved/iu;
const DESK_PREFIX = /^(.{1,30}?)\s+(?:web desk|news desk|online desk|desk|staff reporter|staff writer|report|monitoring desk|newsroom)\b/i;
const DOMAIN_IN_TEXT =
  /\b(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|net|org|tv|news|info|co\.uk|com\.pk|com\.tr|com\.cn|cn|pk|in|tr|net\.pk))\b/i;
// A ministry or embassy signing its own statement.
const INSTITUTION =
  /^(?:[Tt]he\s+)?(?:Ministry|Department|Office|Embassy|Consulate|Mission|Secretariat|Press Office|Information Department)\s+(?:of|for)\s+[\p{Lu}][\p{L} ,'’-]+$/u;
const BRANDY =
  /(?:media|news|times|post|tribune|herald|daily|journal|gazette|express|observer|telegraph|chronicle|agency|tv|radio|press|today|\.com|\.net|\.tv|\.pk)$/i;

/**
 * Decides the outlet from the clues, strongest first: the user's word, the page address when the
 * directory knows it, the page metadata, a footer that names the site, the address itself, a desk
 * byline, a brand line. A news agency named by the text is the wire, not the site, unless nothing else
 * names the site. Names printed by the page are STATED; names we deduce are INFERRED.
 */
export function inferOutlet(clues: OutletClues): OutletInfo {
  const urlDomain = hostOf(clues.url);
  const urlKnown = urlDomain === null ? undefined : outletByDomain(urlDomain);
  const domainFor = (known?: KnownOutlet): string | null => urlDomain ?? known?.domains[0] ?? null;
  if (clues.userName !== undefined && clues.userName.trim() !== '') {
    const known = outletByBrand(clues.userName);
    return { name: clues.userName.trim(), domain: domainFor(known), confidence: 'STATED', reason: 'given by the user' };
  }
  if (urlKnown !== undefined) {
    return {
      name: urlKnown.name,
      domain: urlDomain,
      confidence: 'INFERRED',
      reason: `the address ${urlDomain} belongs to ${urlKnown.name} (outlet directory)`,
    };
  }
  if (clues.siteName) {
    const known = outletByBrand(clues.siteName);
    return {
      name: known?.name ?? clues.siteName,
      domain: domainFor(known),
      confidence: 'STATED',
      reason: 'named in the page metadata (site name)',
    };
  }
  const footer = nameFromFooter(clues.footerLines, clues.wireCredits ?? []);
  if (footer !== null) {
    const known = outletByBrand(footer.name);
    return { name: known?.name ?? footer.name, domain: domainFor(known), confidence: 'STATED', reason: footer.reason };
  }
  if (urlDomain !== null) {
    const name = nameFromHost(urlDomain);
    return {
      name,
      domain: urlDomain,
      confidence: 'INFERRED',
      reason: `from the address ${urlDomain}, which is not in the outlet directory`,
    };
  }
  return (
    fromDeskOrBrand(clues) ?? {
      name: null,
      domain: null,
      confidence: 'UNKNOWN',
      reason: 'the text does not name its outlet and no address was given',
    }
  );
}

/** A readable name for an unknown site: "daily-example.com.pk" → "Daily Example". */
export function nameFromHost(host: string): string {
  const labels = host.replace(/^(?:www\d?|m|amp|en|english|news)\./, '').split('.');
  const secondLevel = /^(?:com|co|net|org|gov|gob|ac|edu)$/;
  let i = labels.length - 2;
  while (i > 0 && secondLevel.test(labels[i])) i -= 1;
  const label = labels[Math.max(0, i)];
  // "msn.com", "cnn.com": a host of three letters or fewer is an acronym.
  if (/^[a-z]{2,3}$/.test(label)) return label.toUpperCase();
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Returns the printed brand when a short line looks like one ("PUKMEDIA", "Dawn.com"), else null. */
export function brandOf(text: string, words: number): string | null {
  if (words > 0 && words <= 8 && INSTITUTION.test(text)) return text;
  if (words === 0 || words > 3 || text.length > 40 || /[.!?,:]$/.test(text)) return null;
  if (outletByBrand(text) !== undefined) return text;
  const tokens = text.split(/\s+/);
  return BRANDY.test(tokens[tokens.length - 1]) && /^[\p{Lu}]/u.test(text) ? text : null;
}

function fromDeskOrBrand(clues: OutletClues): OutletInfo | null {
  const desk = deskOutlet(clues.byline);
  if (desk !== null) return desk;
  for (const line of [...clues.brandLines, ...clues.footerLines]) {
    const domain = DOMAIN_IN_TEXT.exec(line)?.[1]?.toLowerCase();
    const known = outletByBrand(line) ?? (domain === undefined ? undefined : outletByDomain(domain));
    if (known !== undefined && known.kind !== 'agency') {
      const reason = `brand line "${line}" names ${known.name}`;
      return { name: known.name, domain: known.domains[0] ?? null, confidence: 'INFERRED', reason };
    }
  }
  const brand = clues.brandLines[0];
  if (brand !== undefined) {
    return { name: brand, domain: null, confidence: 'INFERRED', reason: `brand line "${brand}" printed on the page` };
  }
  return null;
}

// "BR Web Desk" → Business Recorder; a byline that is itself a brand or a domain ("Dawn.com") too.
function deskOutlet(byline: string | null): OutletInfo | null {
  if (byline === null) return null;
  const desk = DESK_PREFIX.exec(byline);
  const prefix = desk?.[1] ?? byline;
  const domain = DOMAIN_IN_TEXT.exec(byline)?.[1]?.toLowerCase();
  const known = outletByDesk(prefix) ?? outletByBrand(prefix) ?? (domain === undefined ? undefined : outletByDomain(domain));
  // "By Xinhua" on another site's page credits the wire; the site stays unknown rather than wrong.
  if (known === undefined || known.kind === 'agency') return null;
  const reason = desk === null ? `the byline "${byline}" is ${known.name}'s own` : `desk byline "${byline}" is ${known.name}'s (${prefix})`;
  return { name: known.name, domain: known.domains[0] ?? null, confidence: 'INFERRED', reason };
}

function nameFromFooter(lines: readonly string[], wires: readonly string[]): { name: string; reason: string } | null {
  const wireOutlets = new Set(wires.map((w) => outletByBrand(w) ?? outletByDesk(w)).filter((o) => o !== undefined));
  for (const line of lines) {
    const m = SITE_DISCLAIMER.exec(line) ?? PUBLISHED_IN.exec(line) ?? RIGHTS_RESERVED.exec(line) ?? COPYRIGHT.exec(line);
    if (m === null) continue;
    const name = m[1].trim().replace(/[\s.,-]+$/, '');
    const known = outletByBrand(name);
    // "© 2025 The Associated Press" under an AP story republished elsewhere names the wire.
    if (known !== undefined && wireOutlets.has(known)) continue;
    if (name.length >= 2 && !/^(?:this|the|our|all)$/i.test(name)) {
      return { name, reason: `named in the footer: "${truncate(line, 80)}"` };
    }
  }
  return null;
}

function hostOf(url: string | undefined): string | null {
  if (url === undefined || url.trim() === '') return null;
  try {
    return new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
