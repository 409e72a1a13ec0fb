import type { ClaimView, ComparisonDocView, LinkView, Origin, Relation } from '@parallax/doc';
import type { ArticleColumn } from './grid';

/** The projected claims and links as parallel lists (the `claimGrid` field of a comparison). */
export interface ClaimGridColumns {
  claimIds: string[];
  labels: string[];
  topics: (string | null)[];
  positions: number[];
  notes: string[];
  origins: Origin[];
  /** Per link: the index of its claim, of its article (column order) and of its sentence in that article. */
  linkClaims: number[];
  linkArticles: number[];
  linkSegments: number[];
  linkRelations: Relation[];
  linkFlags: string[][];
  linkOrigins: Origin[];
  linkConfidences: number[];
}

/**
 * The doc view the projection describes, to draw the grid read-only until the live doc has synced: the
 * same claims, order and links, so the switch to the live doc keeps the layout. What the projection does not
 * keep reads as the aligner's (a claim's position and label origin, who linked and when), and there are no
 * comments or rejections yet. Links to sentences the articles do not have are skipped, as the grid does.
 */
export function projectedView(grid: ClaimGridColumns, articles: ArticleColumn[]): ComparisonDocView {
  const links: LinkView[][] = grid.claimIds.map(() => []);
  for (let j = 0; j < grid.linkClaims.length; j++) {
    const article = articles[grid.linkArticles[j]!];
    const segment = article?.segments[grid.linkSegments[j]!];
    const list = links[grid.linkClaims[j]!];
    if (!article || !segment || !list) continue;
    list.push({
      claimId: grid.claimIds[grid.linkClaims[j]!]!,
      segmentId: segment.id,
      articleId: article.id,
      relation: grid.linkRelations[j]!,
      flags: grid.linkFlags[j] ?? [],
      origin: grid.linkOrigins[j]!,
      confidence: grid.linkConfidences[j]!,
      linkedBy: null,
      linkedAt: '',
    });
  }
  const claims: ClaimView[] = grid.claimIds.map((id, i) => ({
    id,
    label: grid.labels[i]!,
    labelOrigin: grid.origins[i]!,
    topic: grid.topics[i] ?? null,
    position: grid.positions[i]!,
    positionOrigin: 'AUTO',
    note: grid.notes[i] ?? '',
    origin: grid.origins[i]!,
    createdBy: null,
    createdAt: '',
    // The doc lists a claim's links by (articleId, segmentId).
    links: links[i]!.sort((a, b) => (a.articleId === b.articleId ? cmp(a.segmentId, b.segmentId) : cmp(a.articleId, b.articleId))),
  }));
  return { schemaVersion: null, claims, comments: [], rejections: [] };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
