import type { AlignArticle, AlignSegment } from '../types.js';
import { corpusFromFeatures, type Corpus } from '../text/corpus.js';
import { sentenceFeatures, type SentenceFeatures } from '../text/features.js';
import { weighSentence, type WeightedSentence } from '../similarity/weighted.js';
import { stableHash } from './hash.js';
import type { WordVectors } from '../vectors/word-vectors.js';

/** A segment analysed for alignment: features, weights, where it sits in its article, and its processing rank. */
export interface PreparedSegment {
  seg: AlignSegment;
  ws: WeightedSentence;
  /** Position in its article from 0 (first) to 1 (last). */
  relPos: number;
  /** True for segments of the pivot (official) article. */
  pivot: boolean;
  /** How widely the segment's terms are shared across articles, weighted by rarity, in [0, 1]. */
  typicality: number;
  /** Content hash, the order-free tie-breaker. */
  hash: string;
  /** The segment's term keys, rarest first, for candidate lookup. */
  rareKeys: string[];
}

/** The analysed input of one alignment run. */
export interface Prepared {
  segments: PreparedSegment[];
  corpus: Corpus;
  pivotId: string | null;
}

/** Picks the pivot: the OFFICIAL article with the most segments (ties by id), or none. */
export function pickPivot(articles: readonly AlignArticle[]): string | null {
  const official = articles.filter((a) => a.kind === 'OFFICIAL');
  official.sort((a, b) => b.segments.length - a.segments.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return official[0]?.id ?? null;
}

/** Analyses every segment once (identical texts, common with wire copy, share one analysis) and builds the corpus. */
export function prepare(articles: readonly AlignArticle[], vectors?: WordVectors): Prepared {
  const pivotId = pickPivot(articles);
  const cache = new Map<string, SentenceFeatures>();
  const analysed = articles.flatMap((article) => {
    const ordered = [...article.segments].sort((a, b) => a.index - b.index);
    const last = Math.max(1, ordered.length - 1);
    return ordered.map((seg, rank) => {
      let f = cache.get(seg.text);
      if (!f) cache.set(seg.text, (f = sentenceFeatures(seg.text)));
      return { seg: { ...seg, articleId: article.id }, f, relPos: rank / last, pivot: article.id === pivotId };
    });
  });
  const corpus = corpusFromFeatures(
    analysed.map((x) => x.f),
    { vectors, articleIds: analysed.map((x) => x.seg.articleId) },
  );
  // Wire copy repeats a sentence word for word: the copies share one weighing, but each sits in its own article.
  const weighted = new Map<SentenceFeatures, WeightedSentence>();
  const spread = articleSpread(analysed, articles.length);
  const segments = analysed.map(({ seg, f, relPos, pivot }) => {
    const first = weighted.get(f);
    const ws = first ? { ...first, article: corpus.articleProfile?.(seg.articleId) } : weighSentence(f, corpus, seg.articleId);
    if (!first) weighted.set(f, ws);
    const rareKeys = [...ws.w].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
    return { seg, ws, relPos, pivot, typicality: typicalityOf(ws, spread), hash: stableHash(seg.text), rareKeys };
  });
  return { segments, corpus, pivotId };
}

/** For each term key, the share of articles that use it. */
function articleSpread(analysed: { seg: AlignSegment; f: SentenceFeatures }[], articleCount: number): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const { seg, f } of analysed) {
    for (const key of f.terms.keys()) {
      let set = seen.get(key);
      if (!set) seen.set(key, (set = new Set()));
      set.add(seg.articleId);
    }
  }
  const spread = new Map<string, number>();
  for (const [key, set] of seen) spread.set(key, set.size / Math.max(1, articleCount));
  return spread;
}

function typicalityOf(ws: WeightedSentence, spread: Map<string, number>): number {
  let sum = 0;
  for (const [key, w] of ws.w) sum += w * (spread.get(key) ?? 0);
  return ws.sum ? sum / ws.sum : 0;
}

/**
 * The order segments are clustered in: the pivot's segments first in their own order, then the most typical
 * phrasings first, ties broken by content hash and id. It depends on the segments only, never on input order.
 */
export function canonicalOrder(segments: readonly PreparedSegment[]): PreparedSegment[] {
  return [...segments].sort(
    (a, b) =>
      Number(b.pivot) - Number(a.pivot) ||
      (a.pivot ? a.seg.index - b.seg.index : 0) ||
      b.typicality - a.typicality ||
      (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) ||
      (a.seg.id < b.seg.id ? -1 : a.seg.id > b.seg.id ? 1 : 0),
  );
}
