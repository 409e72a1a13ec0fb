import { OUTLET_TABLE } from './outlets.data.js';

/** What kind of organisation an outlet is. */
export type OutletKind = 'newspaper' | 'agency' | 'broadcaster' | 'government';

/** One outlet of the curated directory. */
export interface KnownOutlet {
  name: string;
  /** Host names, the main one first; a sub-domain matches its parent ("en.people.cn" → "people.cn"). */
  domains: string[];
  /** ISO 3166-1 alpha-2 code, or "INT" for international organisations. */
  country: string;
  kind: OutletKind;
  /** Other spellings of the brand as printed on pages ("PUKMEDIA", "Dawn.com"). */
  brands: string[];
  /** Byline prefixes used by the outlet's desks, e.g. "BR" in "BR Web Desk". */
  desks: string[];
  /** True for governments and their ministries, whose texts are official statements. */
  official: boolean;
}

const KINDS = new Set<OutletKind>(['newspaper', 'agency', 'broadcaster', 'government']);

/** Parses the directory table; throws on a malformed line so a bad edit fails the tests at once. */
export function parseOutletTable(table: string): KnownOutlet[] {
  const outlets: KnownOutlet[] = [];
  for (const [n, raw] of table.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [domains, name, country, kind, others = ''] = line.split('|').map((s) => s.trim());
    if (!domains || !name || !/^(?:[A-Z]{2}|INT)$/.test(country ?? '') || !KINDS.has(kind as OutletKind)) {
      throw new Error(`Outlet directory line ${n}: expected "domains | name | country | kind | others", got "${line}"`);
    }
    const spellings = others
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    outlets.push({
      name,
      domains: domains.split(',').map((d) => d.trim().toLowerCase()),
      country,
      kind: kind as OutletKind,
      brands: spellings.filter((s) => !s.startsWith('desk:')),
      desks: spellings.filter((s) => s.startsWith('desk:')).map((s) => s.slice(5)),
      official: kind === 'government',
    });
  }
  return outlets;
}

/** The curated directory of news outlets, agencies, broadcasters and government sources. */
export const KNOWN_OUTLETS: readonly KnownOutlet[] = parseOutletTable(OUTLET_TABLE);
