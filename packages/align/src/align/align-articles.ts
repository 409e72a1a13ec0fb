import type { AlignArticle, AlignmentResult, AlignOptions } from '../types.js';
import { assembleClaims } from './assemble.js';
import { attachPass } from './attach-pass.js';
import { clausePass } from './clause-pass.js';
import { corePass } from './core-pass.js';
import type { MatchSettings } from './matching.js';
import { canonicalOrder, prepare } from './prepare.js';

/**
 * The learned similarity (fitted on public data) below which no two sentences share a claim, whatever the lexical
 * score says: it vetoes look-alike events the lexical score cannot tell apart (another date, another place, another
 * protagonist). Exported so benchmarks measure the product at its own operating point.
 */
export const LEARNED_FLOOR = 0.3;
const DEFAULTS = { threshold: 0.3, maxLinksPerArticle: 3, maxClaimsPerSegment: 2 } as const;

/**
 * Groups the segments of N articles into claims. When an OFFICIAL article is present its segments are the pivot:
 * each seeds a claim and claims follow its order. Otherwise the result depends on the segments only, not on the
 * order of articles or segments in the input, and claims are ordered by the mean relative position of their
 * segments. A claim takes one segment per article at first and up to `maxLinksPerArticle` through splits and
 * repeats; a segment that folds several claims together links to up to `maxClaimsPerSegment` of them (PARTIAL).
 *
 * Segments no other outlet matched are returned twice: as single-outlet claims in `claims` (so coverage shows what
 * one outlet alone reports) and by id in `unaligned`. With `singletons: 'unaligned'` they appear only in
 * `unaligned`. Claim ids hash the sorted member segment ids, so identical groupings keep their id across runs.
 *
 * Cost grows about linearly with the number of segments: candidates come from an inverted index over each
 * claim's rarest terms, and each segment is compared with at most a few representative phrasings per claim.
 */
export function alignArticles(articles: AlignArticle[], options: AlignOptions = {}): AlignmentResult {
  const settings = settingsOf(options);
  const prepared = prepare(articles, options.wordVectors);
  const ordered = canonicalOrder(prepared.segments);
  const { clusters, index } = corePass(ordered, settings);
  attachPass(ordered, clusters, index, settings);
  clausePass(ordered, clusters, index, settings, prepared.corpus);
  const claims = assembleClaims(clusters, prepared.corpus);
  const single = new Set(claims.filter((c) => new Set(c.links.map((l) => l.articleId)).size === 1));
  const unaligned = [...single].flatMap((c) => c.links.map((l) => l.segmentId)).sort();
  if (options.singletons !== 'unaligned') return { claims, unaligned };
  const kept = claims.filter((c) => !single.has(c)).map((c, position) => ({ ...c, position }));
  return { claims: kept, unaligned };
}

function settingsOf(options: AlignOptions): MatchSettings {
  const threshold = options.threshold ?? DEFAULTS.threshold;
  return {
    threshold,
    // Containment is asked at a stricter level than similarity because it looks at one side only.
    containment: Math.min(0.9, Math.max(0.55, threshold + 0.3)),
    maxLinksPerArticle: Math.max(1, options.maxLinksPerArticle ?? DEFAULTS.maxLinksPerArticle),
    maxClaimsPerSegment: Math.max(1, options.maxClaimsPerSegment ?? DEFAULTS.maxClaimsPerSegment),
    learnedFloor: LEARNED_FLOOR,
  };
}
