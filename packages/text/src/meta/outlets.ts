/** A well-known outlet: its name, its domains, and the desk prefixes and brand spellings that point to it. */
export interface KnownOutlet {
  name: string;
  domains: string[];
  /** Byline prefixes used by the outlet's desks, e.g. "BR" in "BR Web Desk". */
  desks?: string[];
  /** Other spellings of the brand as printed on pages ("PUKMEDIA", "Dawn.com"). */
  brands?: string[];
  official?: boolean;
}

/**
 * A small table of outlet clues. It only speeds up recognition: the generic cues (footer disclaimers,
 * copyright lines, brand lines, URL domains) work for outlets missing here.
 */
export const KNOWN_OUTLETS: KnownOutlet[] = [
  { name: 'Business Recorder', domains: ['brecorder.com'], desks: ['BR'] },
  { name: 'Dawn', domains: ['dawn.com'], desks: ['Dawn', 'Dawn.com'], brands: ['Dawn.com'] },
  { name: 'The Express Tribune', domains: ['tribune.com.pk'], desks: ['ET', 'Tribune'], brands: ['Express Tribune'] },
  { name: 'The News International', domains: ['thenews.com.pk'], brands: ['The News International'] },
  { name: 'Geo News', domains: ['geo.tv'], desks: ['Geo', 'Geo.tv', 'Geo News'] },
  { name: 'ARY News', domains: ['arynews.tv'], desks: ['ARY'] },
  { name: 'The Nation', domains: ['nation.com.pk'] },
  { name: 'Pakistan Today', domains: ['pakistantoday.com.pk'] },
  { name: 'Pakistan Observer', domains: ['pakobserver.net'] },
  { name: 'Daily Times', domains: ['dailytimes.com.pk'] },
  { name: 'Radio Pakistan', domains: ['radio.gov.pk'] },
  { name: 'Associated Press of Pakistan', domains: ['app.com.pk'] },
  { name: 'Anadolu Agency', domains: ['aa.com.tr'], brands: ['Anadolu Agency', 'Anadolu Ajansı'] },
  { name: 'Reuters', domains: ['reuters.com'] },
  { name: 'Associated Press', domains: ['apnews.com'] },
  { name: 'AFP', domains: ['afp.com'] },
  { name: 'Xinhua', domains: ['news.cn', 'xinhuanet.com', 'english.news.cn'] },
  { name: 'Global Times', domains: ['globaltimes.cn'] },
  { name: 'China Daily', domains: ['chinadaily.com.cn'] },
  { name: 'CGTN', domains: ['cgtn.com'] },
  { name: 'South China Morning Post', domains: ['scmp.com'], brands: ['SCMP'] },
  { name: 'PUKmedia', domains: ['pukmedia.com'], brands: ['PUKMEDIA', 'PUKmedia'] },
  { name: 'Rudaw', domains: ['rudaw.net'] },
  { name: 'Arab News', domains: ['arabnews.com', 'arabnews.pk'] },
  { name: 'Al Jazeera', domains: ['aljazeera.com'] },
  { name: 'BBC News', domains: ['bbc.com', 'bbc.co.uk'], brands: ['BBC'] },
  { name: 'The Guardian', domains: ['theguardian.com'] },
  { name: 'The New York Times', domains: ['nytimes.com'] },
  { name: 'The Washington Post', domains: ['washingtonpost.com'] },
  { name: 'Bloomberg', domains: ['bloomberg.com'] },
  { name: 'The Hindu', domains: ['thehindu.com'] },
  { name: 'Hindustan Times', domains: ['hindustantimes.com'] },
  { name: 'The Times of India', domains: ['timesofindia.indiatimes.com', 'indiatimes.com'] },
  { name: 'NDTV', domains: ['ndtv.com'] },
  { name: 'Ministry of Foreign Affairs of Pakistan', domains: ['mofa.gov.pk'], official: true },
  { name: 'Ministry of Foreign Affairs of the PRC', domains: ['fmprc.gov.cn', 'mfa.gov.cn'], official: true },
];

const BY_DOMAIN = new Map<string, KnownOutlet>();
const BY_BRAND = new Map<string, KnownOutlet>();
const BY_DESK = new Map<string, KnownOutlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const d of outlet.domains) BY_DOMAIN.set(d, outlet);
  for (const b of [outlet.name, ...(outlet.brands ?? [])]) BY_BRAND.set(b.toLowerCase(), outlet);
  for (const d of outlet.desks ?? []) BY_DESK.set(d.toLowerCase(), outlet);
}

/** Finds the known outlet for a host name, trying parent domains ("www.dawn.com" → "dawn.com"). */
export function outletByDomain(host: string): KnownOutlet | undefined {
  let h = host.toLowerCase().replace(/^www\./, '');
  while (h.includes('.')) {
    const hit = BY_DOMAIN.get(h);
    if (hit !== undefined) return hit;
    h = h.slice(h.indexOf('.') + 1);
  }
  return undefined;
}

/** Finds the known outlet printed as a brand ("PUKMEDIA", "Anadolu Agency"). */
export function outletByBrand(brand: string): KnownOutlet | undefined {
  return BY_BRAND.get(brand.trim().toLowerCase());
}

/** Finds the known outlet whose desk prefix starts a desk byline ("BR" in "BR Web Desk"). */
export function outletByDesk(prefix: string): KnownOutlet | undefined {
  return BY_DESK.get(prefix.trim().toLowerCase());
}
