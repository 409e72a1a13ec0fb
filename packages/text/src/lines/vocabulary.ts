import type { DropReason } from '../types.js';

/** A boilerplate verdict: the reason, a readable detail, and whether the line opens the page's tail. */
export interface BoilerplateMatch {
  reason: DropReason;
  detail: string;
  /** `hard`: nothing after it is article text (comment widgets); `soft`: a list that the body may follow. */
  marker?: 'soft' | 'hard';
}

interface Rule {
  re: RegExp;
  reason: DropReason;
  detail: string;
  marker?: 'soft' | 'hard';
}

// Whole-line patterns, tested on the lower-cased line without edge punctuation. Only short lines are
// tested: real boilerplate labels are short, and skipping prose keeps the hot path cheap.
const RULES: Rule[] = [
  {
    // "Written by X" is a byline, read by parseBylineLine; these credits close a wire story. One that
    // carries the page's time stamp ("Edited by: X | Updated: June 16, 2026") is the byline line.
    re: /^\(?(?:reporting|additional reporting|writing|editing|compiled|edited|produced) by\b(?!.*\b(?:updated|published|posted)\b).*$/,
    reason: 'byline',
    detail: 'reporting and editing credits that close a wire story',
    marker: 'hard',
  },
  {
    re: /^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|see what people are (?:discussing|saying)|comments are closed|be the first to comment|(?:show|view|load) comments|cancel reply|your email address will not be published.*|required fields are marked.*|save my name.*)$/,
    reason: 'comment-widget',
    detail: 'comment section widget',
    marker: 'hard',
  },
  {
    re: /^(?:related|related (?:articles?|stories|news|posts|content|coverage|topics)|more (?:from|in|on) [\p{L} &-]{2,30}|more stories|more news|latest (?:news|stories|from [\p{L} &-]{2,30})|you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared|commented)|popular(?: now| stories| news)?|trending(?: now| stories| news)?|spotlight|top stories|top news|editor'?s? picks?|read next|up next|in case you missed it|don'?t miss|must read|also on [\p{L} ]{2,30}|more on this(?: story| topic)?|other news|what to read next)$/u,
    reason: 'related-stories',
    detail: 'heading of a related-stories list',
    marker: 'soft',
  },
  {
    re: /^(?:(?:read|see|watch|listen|also read|read also|also see|see also|related|more|read more|also|click here)(?: here)?\s*[:|»>›\-–—]+\s*\S.*)$/,
    reason: 'related-stories',
    detail: 'link to another story',
  },
  {
    re: /^(?:also read|read also|see also|also see|recommended reading|further reading|read more about this|more about)$/,
    reason: 'related-stories',
    detail: 'label of a link to another story',
  },
  {
    re: /^(?:listen to (?:this )?(?:article|story)|\d+\s*min(?:ute)?s? (?:read|listen)|reading time.*|(?:(?:normal|small|smaller|medium|large|larger|very large|default) )?(?:text|font) size|license this article|reprints? (?:and|&) permissions|a\+? ?a-?|print (?:this )?(?:page|article)|save(?: (?:article|story))?|bookmark|gift (?:this )?article|copy link|link copied|follow|following|unfollow|zoom|close|open|toggle navigation|share full article|play(?: audio| video)?|listen(?: now)?|pause|audio|watch(?: video| live)?|list of \d+ items|end of list)$/,
    reason: 'navigation',
    detail: 'article toolbar label',
  },
  {
    // "Continued on page 7", "From Page 1", "See page 11": where a printed story jumps to or from (the page
    // number is already cut off as a count).
    re: /^(?:\(?(?:continued|cont'?d\.?)\s+(?:on|from)\s+(?:page|p\.?)|(?:from|see)\s+(?:page|p\.))\)?$/,
    reason: 'footer',
    detail: 'a jump line of the printed page, where the story goes on',
  },
  {
    // "Page 1 of 2", "Page 3": the page numbers of a document copied out of a PDF (the last number is
    // already cut off as a count).
    re: /^page(?:\s+\d{1,3}(?:\s*(?:of|\/))?)?$/,
    reason: 'footer',
    detail: 'a page number of a printed document',
  },
  {
    re: /^(?:enditem|end item|\(?\s*(?:web )?editors?\s*:.*|ends?)$/,
    reason: 'footer',
    detail: 'agency end-of-story marker',
  },
  {
    re: /^(?:home|news|latest|world|business|sports?|opinion|editorials?|analysis|features?|lifestyle|entertainment|technology|tech|science|health|culture|politics|national|international|local|regional|video|videos|photos?|gallery|podcasts?|live|watch|listen|print|menu|search|next|previous|prev|back|more|see more|see all|view all|read more|load more|show more|skip to (?:main )?content|back to top(?: button)?|go to top|scroll to top|sign in|log ?in|register|my account|breaking news|e-?paper|archives?|top|main menu)$/,
    reason: 'navigation',
    detail: 'site navigation label',
  },
  {
    // "Previous Next", "« Previous story | Next story »": a story pager.
    re: /^(?:(?:previous|prev|next|older|newer)(?: (?:post|story|article|news))?[\s|/·•]*){2,}$/,
    reason: 'navigation',
    detail: 'a pager to the previous or next story',
  },
  {
    re: /^(?:(?:download|get|install|our|the|new|app|apps|application|logo|play|store|google|apple|ios|android|on|now|free|available|mobile|version|huawei|appgallery|scan|qr|code)\s*)+$|in your pocket$|^download (?:the|our) .*app\b/,
    reason: 'app-promo',
    detail: 'app download promotion',
  },
  {
    re: /^(?:(?:share|shares|this|article|story|post|page|on|via|facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|copy|copied|link|pinterest|reddit|print|follow|us|tweet|messenger|sms|threads|instagram|youtube|tiktok|bluesky)[\s,|/·•]*)+$|^(?:like|follow) us on .*$|^(?:follow|join) .{1,40} on (?:whatsapp|twitter|x|facebook|instagram|telegram|google news|youtube|tiktok|threads|linkedin)$|^join (?:our|the) .{1,40} (?:whatsapp|telegram) channel$|^(?:join|follow) [\p{L}'’ ]{1,30} (?:whatsapp|telegram|google news)(?: channel)?\b.*$/u,
    reason: 'social-share',
    detail: 'social sharing buttons',
  },
  {
    re: /^(?:subscribe(?: now| today| here)?|newsletter|sign up(?: now| for .*)?|subscribe to .*|get (?:the latest|our) .*(?:newsletter|inbox|delivered).*|get the .{1,40}(?:newsletter|briefing).*|join our (?:newsletter|mailing list|whatsapp channel|telegram channel).*|.*\bunsubscribe (?:at any time|anytime).*|your privacy is important.*|enter your e-?mail.*|by (?:signing up|subscribing|clicking).{0,20} you agree.*|thank you for (?:signing up|subscribing).*|success! .*|(?:check|confirm) your inbox.*)$/,
    reason: 'newsletter',
    detail: 'newsletter or subscription prompt',
  },
  {
    // A donation appeal closes the article: what follows it is about the site.
    re: /^(?:support (?:our|independent|quality|fearless) journalism|support us|become a (?:member|supporter)|donate(?: now)?)$/,
    reason: 'newsletter',
    detail: 'a request for support or donations',
    marker: 'hard',
  },
  {
    re: /^(?:advertisements?|advert|ad|sponsored(?: content)?|partner content|promoted|story continues below(?: this)? (?:advertisement|ad)|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|paid content)$/,
    reason: 'advertisement',
    detail: 'advertising placeholder',
  },
  {
    re: /^(?:disclaimer|note to editors|editor'?s note)\s*[:|-]\s*\S.*$/,
    reason: 'footer',
    detail: 'a disclaimer or note about the page',
  },
  {
    re: /(?:pic\.twitter\.com\/|\(@\w{1,15}\)\s+(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})$|^a post shared by\b|^view this post on (?:instagram|facebook|x|tiktok)$|^embed$)/,
    reason: 'embed',
    detail: 'an embedded social media post',
  },
  {
    re: /^(?:tags?|topics?|keywords?|filed under|categories|category|posted in)\s*[:|-]\s*\S.*$/,
    reason: 'tags',
    detail: 'tag list',
  },
  {
    re: /(?:^|\s)(?:©|\(c\)|copyright\b|all rights reserved|privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings)|contact us|about us|powered by|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden))/,
    reason: 'footer',
    detail: 'site footer (copyright, policies, contact)',
  },
];

// Lines are lower-cased before matching, so letters are a-z or non-ASCII; the edges trimmed here are
// ASCII punctuation and the typographic quotes, dashes, bullets and arrows of the U+2000 block.
const EDGE_PUNCTUATION = /^[\x00-\x2f\x3a-\x60\x7b-\xa8\xaa-\xbf\u2000-\u2bff]+|[\x00-\x29\x2b-\x2f\x3a-\x60\x7b-\xbf\u2000-\u2bff]+$/g;
const SPACES = /[\s\u00a0]+/g;
// "Comments (12)", "Share 45": counters next to widget labels.
const COUNT_SUFFIX = /\s*\(?\d+\)?$/;
const SITE_META =
  /\b(?:website|web site|subscri\w*|copyright|rights reserved|reproduc\w*|permission|newsletter|cookies?|privacy|terms of (?:use|service)|contact us|click here|redistribut\w*|rewritten|reworked|syndicated|auto-?generated|broadcast(?:ing)? system)\b/gi;

/**
 * Matches a short line against known boilerplate vocabulary (navigation, related lists, comment widgets,
 * app promos, share buttons, newsletters, ads, tags, footers). Returns null for anything else.
 */
// "Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter …": a social promo of any length.
const SOCIAL_PROMO =
  /\b(?:like|follow|join) (?:us|[\p{L}&'’ ]{1,40}) on (?:facebook|twitter|x|instagram|whatsapp|telegram|youtube)\b.*\b(?:follow|updates|@\w+)/iu;
// "Published in Dawn, February 4th, 2025": nothing after the print-edition credit is article text.
export const PRINT_CREDIT =
  /^(?:[Pp]ublished|[Pp]rinted|[Ff]irst published|[Aa]ppeared) in (?:the )?(?:print edition of )?[\p{Lu}][\p{L}.&'’ -]{1,40}?,? (?:on )?(?:\p{L}+ )?\d{1,2}|^(?:[Pp]ublished|[Pp]rinted) in (?:the )?[\p{Lu}][\p{L}.&'’ -]{1,40}$/u;
// "A version of this article appears in print on Oct. 22, 2026, Section A, Page 9 of the New York edition with
// the headline: …": the print-version note that closes a US daily's story, however long the headline it quotes.
const PRINT_VERSION = /^an? (?:version|earlier version) of this (?:article|story) (?:appears|appeared|was published) in print\b/i;
const PRINT: BoilerplateMatch = { reason: 'footer', detail: 'the print edition credit', marker: 'hard' };
const PROMO: BoilerplateMatch = { reason: 'social-share', detail: 'a promotion of the site on social media' };
const TWEET = /pic\.twitter\.com\/|^[—–-]\s*.{1,60}\(@\w{1,15}\)\s+\S+\s+\S+,?\s+\d{4}$/;
const EMBED: BoilerplateMatch = { reason: 'embed', detail: 'an embedded social media post' };

// Sentences about the site rather than the story, told at up to 40 words: a paywall, a "catch all the
// news on X" promo, a syndication note, a wire's standards line and its long reporting credits.
const PAYWALL =
  /\b(?:unlock|unlimited access|continue reading|already (?:a )?subscriber|log ?in to (?:read|continue))\b.*\bsubscri|\bsubscri\w*\b.*\b(?:unlimited access|unlock|to continue reading|to keep reading|already (?:a )?subscriber)\b/i;
const SITE_PROMO =
  /^\(?\s*(?:catch all the\b|follow the latest (?:news|updates)\b|download the .{1,40}\bapp\b|stay (?:tuned|updated) (?:to|with)\b|for (?:the )?latest\b.{0,80}\bfollow us on\b)/i;
const SYNDICATION =
  /\b(?:has not been edited by\b.{0,40}\bstaff|published from a syndicated feed|auto-?generated from (?:a syndicated feed|(?:the )?[\p{L} ]{2,30}(?:news service|news feed|wire service|feed))|holds no responsibility for (?:its|the) content)\b/iu;
// "In a time of both misinformation …, quality journalism is more crucial than ever. By subscribing, you can
// help us get the story right.": an appeal for the site's journalism, not reporting ("subscribers" alone is).
const JOURNALISM_APPEAL =
  /\bjournalism\b.*\b(?:by subscribing|subscribe (?:now|today)|your support|support (?:us|our)|donat(?:e|ing))\b|\b(?:by subscribing|subscribe (?:now|today)|support (?:us|our)|donat(?:e|ing))\b.*\bjournalism\b/i;
// "Log in, register or subscribe to save articles for later.": the save button's prompt, not reporting.
const SAVE_PROMPT = /^(?:log ?in|sign ?in|register|subscribe)\b[\p{L} ,]{0,40}\bto save (?:articles|stories|this article)\b/iu;
// "Follow for latest updates on Modi's US visit. Refresh the page for the latest.": a live blog's controls.
const LIVE_CONTROLS =
  /\b(?:follow (?:for|along for|here for|this (?:page|space|blog) for) (?:the |all the )?(?:latest|live)(?: news)? updates|refresh (?:the|this) page (?:for|to (?:get|see)))\b/i;
const STANDARDS = /^our standards\s*:/i;
const LONG_CREDITS = /^\(?(?:reporting|additional reporting|writing|editing|compiled|edited|produced) by\b.*[;,].*\bby\b/i;
const SITE_SENTENCES: [RegExp, BoilerplateMatch][] = [
  [PAYWALL, { reason: 'newsletter', detail: 'a paywall or subscription appeal' }],
  [SITE_PROMO, { reason: 'social-share', detail: 'a promotion of the site' }],
  [JOURNALISM_APPEAL, { reason: 'newsletter', detail: "an appeal to support the site's journalism", marker: 'hard' }],
  [SYNDICATION, { reason: 'footer', detail: 'a note that the story comes from a syndicated feed' }],
  [SAVE_PROMPT, { reason: 'navigation', detail: 'the prompt of a save-article button' }],
  [LIVE_CONTROLS, { reason: 'navigation', detail: "a live blog's note to follow or refresh the page" }],
  [STANDARDS, { reason: 'footer', detail: "the publisher's standards statement", marker: 'hard' }],
  [LONG_CREDITS, { reason: 'byline', detail: 'reporting and editing credits that close a wire story', marker: 'hard' }],
];

// "Home Pakistan World Business", "World China Opinions Video Live", "Home | China | World | Business": the
// site's section links copied as one line. Section words make up at least half of the row and nothing in it
// is a lower-case word but a joining one; a headline naming a section ("World Business Leaders Meet in Davos")
// has too few.
const SECTION_WORDS = new Set(
  (
    'home world business opinion opinions sports sport video videos live photos photo gallery showbiz entertainment ' +
    'lifestyle politics tech technology science health markets economy podcasts podcast newsletters sections latest ' +
    'national international region regions culture travel weather editorial editorials epaper e-paper trending more ' +
    'menu search subscribe sign login local asia europe africa americas middle-east pakistan-news world-news ' +
    'news blogs features magazine multimedia cartoons columns columnists education environment'
  ).split(/\s+/),
);
const ROW_SEPARATOR = /\s*[|•·>»/]\s*|\s+/;

function isSectionRow(text: string): boolean {
  if (/[.!?:,;]$/.test(text)) return false;
  const tokens = text.split(ROW_SEPARATOR).filter(Boolean);
  if (tokens.length < 3 || tokens.length > 12) return false;
  let section = 0;
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (SECTION_WORDS.has(w)) section += 1;
    else if (!/^[\p{Lu}\p{N}]/u.test(t) && !/^(?:and|of|&|in)$/.test(w)) return false;
  }
  return section >= 2 && section * 2 >= tokens.length;
}

const SECTION_ROW: BoilerplateMatch = { reason: 'navigation', detail: 'a row of section links' };
// "An official website of the United States Government", "We use cookies to give you the best experience":
// site banners above everything else.
const SITE_BANNER =
  /^(?:an official website of the\b.{2,60}|here'?s how you know|we use cookies\b.{0,160}|(?:accept|reject|manage) (?:all )?cookies|cookie (?:settings|preferences|policy))$/i;
const BANNER: BoilerplateMatch = { reason: 'navigation', detail: 'a site banner (official-site notice or cookie consent)' };

export function matchBoilerplate(text: string, words: number): BoilerplateMatch | null {
  // Embedded posts are told at any length: their dates and names must never reach the metadata.
  if ((text.includes('pic.twitter.com/') || text.includes('(@')) && TWEET.test(text)) return EMBED;
  if (words <= 40 && SOCIAL_PROMO.test(text)) return PROMO;
  if ((words <= 16 && PRINT_CREDIT.test(text)) || (words <= 60 && PRINT_VERSION.test(text))) return PRINT;
  if (words <= 40) {
    for (const [re, match] of SITE_SENTENCES) if (re.test(text)) return match;
    if (SITE_BANNER.test(text.trim())) return BANNER;
  }
  if (words >= 3 && words <= 12 && isSectionRow(text)) return SECTION_ROW;
  if (words > 14) return null;
  const norm = text.toLowerCase().replace(SPACES, ' ').replace(COUNT_SUFFIX, '').replace(EDGE_PUNCTUATION, '');
  if (norm === '') return { reason: 'navigation', detail: 'a line of symbols only' };
  for (const rule of RULES) {
    if (rule.re.test(norm)) return { reason: rule.reason, detail: rule.detail, marker: rule.marker };
  }
  return null;
}

const CLOSING_CREDIT =
  /^(?:[-–—]\s*)?(?:the (?:writer|author|columnist|reporter)s? (?:is|are|was|has|have|teaches|works|can be)\b|.{0,80}\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b|\(?(?:with )?(?:inputs?|additional reporting) from\b|[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the|our) (?:[\p{L}-]+ ){0,4}(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|analyst|fellow|professor|producer|photographer|bureau chief)\b)/iu;
// "… Follow him on X @samsmith." closes an author's note; tested on its own, without a leading wildcard.
const FOLLOW_AUTHOR = /\bfollow (?:him|her|them) on\b/i;

/** True for the closing credit of an article: an author note or "X contributed to this report". */
export function isClosingCredit(text: string): boolean {
  return text.length < 400 && (CLOSING_CREDIT.test(text) || FOLLOW_AUTHOR.test(text));
}

/**
 * Counts words that talk about the website itself ("website", "subscribers", "copyright" …). Two or more
 * in a closing paragraph mark a disclaimer, not reporting.
 */
export function siteMetaScore(text: string): number {
  SITE_META.lastIndex = 0;
  let count = 0;
  while (SITE_META.exec(text) !== null) count += 1;
  return count;
}
