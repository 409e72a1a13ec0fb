/** Article metadata a page declares in <meta> tags, JSON-LD and <time> elements. */
export interface PageMeta {
  headline: string | null;
  description: string | null;
  siteName: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publish-date',
  'publish_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'citation_publication_date',
];

/**
 * Reads metadata from the page head and JSON-LD before Readability rewrites the document. JSON-LD wins
 * over <meta> tags, which win over <time> elements.
 */
export function readPageMeta(doc: Document): PageMeta {
  const ld = readJsonLd(doc);
  const meta = (names: readonly string[]): string | null => {
    for (const name of names) {
      const el = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return null;
  };
  const time = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null;
  return {
    headline: text(ld?.headline) ?? meta(['og:title', 'twitter:title']) ?? soleHeading(doc) ?? titledHeading(doc),
    description: text(ld?.description) ?? meta(['og:description', 'description', 'twitter:description']),
    siteName: nameOf(ld?.publisher) ?? meta(['og:site_name', 'application-name']),
    author: nameOf(ld?.author) ?? meta(['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author']),
    publishedAt: text(ld?.datePublished) ?? meta(DATE_META) ?? time?.getAttribute('datetime')?.trim() ?? null,
    url: text(ld?.url) ?? canonical ?? meta(['og:url']),
  };
}

// A page without title metadata still marks its headline when it has one <h1> of a few words; several
// <h1>s (logos, teaser cards) say nothing.
function soleHeading(doc: Document): string | null {
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length !== 1) return null;
  const heading = (h1s[0].textContent ?? '').replace(/\s+/g, ' ').trim();
  return heading.split(' ').length >= 3 ? heading : null;
}

// No title metadata and no single <h1>: a heading that repeats the page's <title> (or the title before a
// " | Site" suffix) is the headline — a logo or a section heading above it does not repeat the title.
function titledHeading(doc: Document): string | null {
  const squash = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();
  const title = squash(doc.querySelector('title')?.textContent);
  if (title.split(' ').length < 3) return null;
  const forms = [title, title.replace(/\s+[|–—-]\s+[^|–—-]{2,60}$/, '')];
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
    const heading = squash(h.textContent);
    if (heading.split(' ').length >= 3 && forms.includes(heading)) return heading;
  }
  return null;
}

function readJsonLd(doc: Document): Json | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      const found = findArticle(JSON.parse(script.textContent ?? ''));
      if (found !== null) return found;
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return null;
}

function findArticle(value: unknown): Json | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = findArticle(v);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const obj = value as Json;
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage')) return obj;
  return findArticle(obj['@graph']);
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length === 0 ? null : names.join(', ');
  }
  if (value !== null && typeof value === 'object') return text((value as Json).name);
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
