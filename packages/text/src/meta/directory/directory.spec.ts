import { inferOutlet, nameFromHost } from '../outlet.js';
import { AGENCY_NAMES, outletByBrand, outletByDesk, outletByDomain } from '../outlets.js';
import { KNOWN_OUTLETS, parseOutletTable } from './directory.js';

const none = { footerLines: [], brandLines: [], byline: null };

describe('the outlet directory', () => {
  it('holds a few hundred well-formed outlets with unique domains', () => {
    expect(KNOWN_OUTLETS.length).toBeGreaterThanOrEqual(300);
    const domains = KNOWN_OUTLETS.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const o of KNOWN_OUTLETS) {
      for (const d of o.domains) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      expect(o.name.trim()).toBe(o.name);
    }
    const kinds = new Set(KNOWN_OUTLETS.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['agency', 'broadcaster', 'government', 'newspaper']);
    for (const country of ['PK', 'CN', 'IN', 'US', 'GB', 'FR', 'DE']) expect(KNOWN_OUTLETS.some((o) => o.country === country)).toBe(true);
  });

  it('tells EU bodies apart and knows more regional outlets (EU diplomatic service page, Indian regional portal)', () => {
    expect(outletByDomain('www.eeas.europa.eu')?.name).toBe('European External Action Service');
    expect(outletByDomain('consilium.europa.eu')?.name).toBe('Council of the European Union');
    expect(outletByDomain('europa.eu')?.name).toBe('European Union');
    expect(outletByDomain('www.lokmattimes.com')).toMatchObject({ name: 'Lokmat Times', country: 'IN' });
    expect(outletByDomain('pk.usembassy.gov')).toMatchObject({ kind: 'government', official: true });
    expect(outletByDomain('www.agenzianova.com')).toMatchObject({ kind: 'agency', country: 'IT' });
  });

  it('refuses a malformed line, naming it', () => {
    expect(() => parseOutletTable('dawn.com | Dawn | Pakistan | newspaper')).toThrow(/line 0/);
    expect(() => parseOutletTable('dawn.com | Dawn | PK | blog')).toThrow(/expected/);
  });

  it('finds an outlet by host, including sub-domains and www', () => {
    expect(outletByDomain('en.people.cn')?.name).toBe("People's Daily");
    expect(outletByDomain('www.dawn.com')?.name).toBe('Dawn');
    expect(outletByDomain('english.news.cn')).toMatchObject({ name: 'Xinhua', kind: 'agency', country: 'CN' });
    expect(outletByDomain('www.mofa.gov.pk')).toMatchObject({ kind: 'government', official: true });
    expect(outletByDomain('example.org')).toBeUndefined();
    expect(outletByDomain('notdawn.com')).toBeUndefined();
  });

  it('finds an outlet by a printed brand or a desk prefix, ignoring "The" and curly apostrophes', () => {
    expect(outletByBrand('People’s Daily')?.name).toBe("People's Daily");
    expect(outletByBrand('Hindu')?.name).toBe('The Hindu');
    expect(outletByBrand('PUKMEDIA')?.name).toBe('PUKmedia');
    expect(outletByDesk('BR')?.name).toBe('Business Recorder');
    expect(outletByDesk('APP')?.name).toBe('Associated Press of Pakistan');
    // Two-letter acronyms are never brands on their own: "AP" in a line is too often something else.
    expect(outletByBrand('AP')).toBeUndefined();
    expect(AGENCY_NAMES).toEqual(expect.arrayContaining(['Reuters', 'Xinhua', 'APP', 'DNA', 'Anadolu Agency']));
  });
});

describe('inferOutlet with the directory', () => {
  it('names the outlet from a bare host (layout: page given only by its address)', () => {
    expect(inferOutlet({ ...none, url: 'http://en.people.cn/n3/2025/0206/c90000-1.html' })).toMatchObject({
      name: "People's Daily",
      domain: 'en.people.cn',
    });
  });

  it('prefers the address the directory knows over the page metadata and a wire copyright line', () => {
    const clues = {
      ...none,
      url: 'https://www.thehindu.com/news/x',
      siteName: 'thehindu',
      footerLines: ['© Reuters 2025'],
      wireCredits: ['Reuters'],
    };
    expect(inferOutlet(clues).name).toBe('The Hindu');
  });

  it('does not take the wire agency for the site (layout: agency copy with the agency copyright, no address)', () => {
    const clues = {
      ...none,
      footerLines: ['Copyright 2025 The Associated Press. All rights reserved.'],
      wireCredits: ['Associated Press'],
    };
    expect(inferOutlet(clues).name).toBeNull();
    expect(inferOutlet({ ...none, byline: 'Xinhua' }).name).toBeNull();
  });

  it('reads a known brand from a "Published in" line and a copyright footer', () => {
    expect(inferOutlet({ ...none, footerLines: ['Published in Dawn, February 4th, 2025'] })).toMatchObject({
      name: 'Dawn',
      domain: 'dawn.com',
    });
    expect(inferOutlet({ ...none, footerLines: ['Copyright © 2025 Global Times. All Rights Reserved.'] })).toMatchObject({
      name: 'Global Times',
      domain: 'globaltimes.cn',
    });
  });

  it('makes a readable name of an unknown host rather than printing the host', () => {
    expect(nameFromHost('daily-example.com.pk')).toBe('Daily Example');
    expect(nameFromHost('news.somewhere.org')).toBe('Somewhere');
  });
});
