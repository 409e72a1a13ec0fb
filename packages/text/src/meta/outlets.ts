import { KNOWN_OUTLETS, type KnownOutlet } from './directory/directory.js';

export { KNOWN_OUTLETS, type KnownOutlet, type OutletKind } from './directory/directory.js';

const BY_DOMAIN = new Map<string, KnownOutlet>();
const BY_BRAND = new Map<string, KnownOutlet>();
const BY_DESK = new Map<string, KnownOutlet>();
const brandKey = (brand: string): string =>
  brand
    .trim()
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^the\s+/, '');
for (const outlet of KNOWN_OUTLETS) {
  for (const d of outlet.domains) BY_DOMAIN.set(d, outlet);
  // Short acronyms ("AP", "DNA") are too ambiguous as brands on their own; they count as desks only.
  for (const b of [outlet.name, ...outlet.brands]) if (b.length > 3 || b === outlet.name) BY_BRAND.set(brandKey(b), outlet);
  for (const d of [...outlet.desks, ...outlet.brands.filter((b) => b.length <= 3)]) BY_DESK.set(d.toLowerCase(), outlet);
}

/** Finds the known outlet for a host name, trying parent domains ("en.people.cn" → "people.cn"). */
export function outletByDomain(host: string): KnownOutlet | undefined {
  let h = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .replace(/\.$/, '');
  while (h.includes('.')) {
    const hit = BY_DOMAIN.get(h);
    if (hit !== undefined) return hit;
    h = h.slice(h.indexOf('.') + 1);
  }
  return undefined;
}

/** Finds the known outlet printed as a brand ("PUKMEDIA", "Anadolu Agency", "The Hindu" or "Hindu"). */
export function outletByBrand(brand: string): KnownOutlet | undefined {
  return BY_BRAND.get(brandKey(brand));
}

/** Finds the known outlet whose desk prefix starts a desk byline ("BR" in "BR Web Desk"). */
export function outletByDesk(prefix: string): KnownOutlet | undefined {
  return BY_DESK.get(prefix.trim().toLowerCase());
}

/** The directory's agencies, longest name first, for credit patterns ("By Xinhua", "— Reuters"). */
export const AGENCY_NAMES: readonly string[] = KNOWN_OUTLETS.filter((o) => o.kind === 'agency')
  .flatMap((o) => [o.name, ...o.brands, ...o.desks])
  .sort((a, b) => b.length - a.length);
