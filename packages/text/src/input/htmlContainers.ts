import type { DropReason } from '../types.js';

/** Why a block outside the article was left out, told by the element around it. */
export interface OutsideReason {
  reason: DropReason;
  detail: string;
}

// Class and id words of page furniture, tested on "tag class id" of each ancestor. Order matters: the
// first rule that matches the nearest ancestor wins, and embeds are told before generic sidebars.
const RULES: { re: RegExp; reason: DropReason; detail: string }[] = [
  {
    re: /\b(?:twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|embed(?:ded)?[-_]?(?:post|tweet|social)?|social-embed)\b/i,
    reason: 'embed',
    detail: 'an embedded social media post',
  },
  // A pull quote repeats (or previews) a line of the story in large type: in the body it reads twice.
  {
    re: /\b(?:pull-?quote|pq|quote-?pull|pull-?out-?quote)\b/i,
    reason: 'duplicate-line',
    detail: 'a pull quote, which repeats a line of the story in large type',
  },
  { re: /^(?:nav)\b|\b(?:nav|navbar|navigation|menu|breadcrumbs?|masthead)\b/i, reason: 'navigation', detail: 'in the site navigation' },
  { re: /\b(?:share|sharing|social|sharebar|share-?buttons?)\b/i, reason: 'social-share', detail: 'in the share buttons' },
  { re: /\b(?:comments?|disqus|discussion)\b/i, reason: 'comment-widget', detail: 'in the comment section' },
  {
    re: /\b(?:newsletter|subscribe|subscription|signup|sign-up|optin|paywall)\b/i,
    reason: 'newsletter',
    detail: 'in a newsletter or subscription box',
  },
  {
    re: /\b(?:ad|ads|advert|advertisement|sponsored|promo|dfp|gpt-ad|banner)\b/i,
    reason: 'advertisement',
    detail: 'in an advertisement slot',
  },
  {
    re: /\b(?:related|recommended|more-?stories|read-?more|trending|popular|most-?read|also-?read|outbrain|taboola|recirc)\b/i,
    reason: 'related-stories',
    detail: 'in a related-stories box',
  },
  { re: /\b(?:author-?bio|bio|about-?the-?author|author-?info|author-?box)\b/i, reason: 'byline', detail: "in the author's biography box" },
  { re: /\b(?:tags?|topics?|keywords)\b/i, reason: 'tags', detail: 'in the tag list' },
  { re: /^footer\b|\b(?:footer|site-?info|colophon|copyright)\b/i, reason: 'footer', detail: 'in the page footer' },
  { re: /^aside\b|\b(?:sidebar|aside|widget|rail)\b/i, reason: 'outside-article', detail: 'in a sidebar' },
  { re: /^header\b|\b(?:header|topbar)\b/i, reason: 'outside-article', detail: 'in the page header' },
  { re: /^form\b/i, reason: 'outside-article', detail: 'in a form' },
];

/** The reason of a block that sits in no telling container. */
export const GENERIC: OutsideReason = { reason: 'outside-article', detail: 'outside the article the page reader found' };

/**
 * Names the furniture a block sits in, from the nearest ancestor with a telling tag, class or id, up to
 * (not including) `stop`: inside a page's own article element only the furniture within it counts.
 */
export function outsideReason(element: Element | null, stop: Element | null = null): OutsideReason {
  // Sidebars, headers and forms are weak clues: a newsletter box around the form says more.
  let weak: OutsideReason | null = null;
  for (let el = element; el !== null && el !== stop && el.tagName !== 'BODY'; el = el.parentElement) {
    const label = `${el.tagName.toLowerCase()} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
    const rule = RULES.find((r) => r.re.test(label));
    if (rule === undefined) continue;
    if (rule.reason !== 'outside-article') return { reason: rule.reason, detail: rule.detail };
    weak ??= { reason: rule.reason, detail: rule.detail };
  }
  return weak ?? GENERIC;
}
