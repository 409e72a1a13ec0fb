import type { ThreadClaimInput, ThreadEventInput, ThreadSentence } from './types.js';

/** How many sentences of a claim stand for it when matching claims across events. */
export const REPRESENTATIVES = 3;

/** The article that gives an event's claims their reference wording: the pivot, else the first article. */
export function referenceArticleOrder(event: Pick<ThreadEventInput, 'articles' | 'pivotArticleId'>): Map<string, number> {
  const order = new Map(event.articles.map((a, i) => [a.id, i + 1]));
  if (event.pivotArticleId && order.has(event.pivotArticleId)) order.set(event.pivotArticleId, 0);
  return order;
}

/** The sentences of a claim grouped per article, each group in article order, groups in reference order. */
export function wordingsByArticle(
  claim: ThreadClaimInput,
  order: Map<string, number>,
): { articleId: string; sentences: ThreadSentence[] }[] {
  const groups = new Map<string, ThreadSentence[]>();
  for (const s of claim.sentences) groups.set(s.articleId, [...(groups.get(s.articleId) ?? []), s]);
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .map(([articleId, sentences]) => ({ articleId, sentences: sentences.sort((a, b) => a.index - b.index) }))
    .sort((a, b) => rank(a.articleId) - rank(b.articleId) || a.articleId.localeCompare(b.articleId));
}

/** One article's wording of a claim: its sentences joined in article order. */
export function joinWording(sentences: readonly ThreadSentence[]): string {
  return sentences.map((s) => s.text.trim()).join(' ');
}

/**
 * The wordings that stand for a claim when matching: the reference article's first (pivot or first article, the
 * same wording the comparison's diff is drawn against), then other articles' up to {@link REPRESENTATIVES}.
 */
export function representativeWordings(claim: ThreadClaimInput, order: Map<string, number>): string[] {
  return wordingsByArticle(claim, order)
    .slice(0, REPRESENTATIVES)
    .map((g) => joinWording(g.sentences));
}
