import type { ThreadEventInput } from '@parallax/align';
import type { PrismaClient } from '../../generated/prisma/client.js';

/** A claim and the sentences linked to it, as the doc or its projection holds them. */
export interface ClaimLinks {
  id: string;
  label: string;
  links: { segmentId: string; articleId: string }[];
}

/** Reads the claims of comparisons: from their docs (current) or from the projection (what GraphQL reads). */
export type ClaimsReader = (comparisonIds: string[]) => Promise<Map<string, ClaimLinks[]>>;

/** Claims from the Claim / Alignment rows the collab projector writes (lag edits by about a second). */
export function projectionReader(prisma: PrismaClient): ClaimsReader {
  return async (comparisonIds) => {
    const rows = await prisma.claim.findMany({
      where: { comparisonId: { in: comparisonIds } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, comparisonId: true, label: true, alignments: { select: { segmentId: true, articleId: true } } },
    });
    const out = new Map<string, ClaimLinks[]>(comparisonIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.comparisonId)?.push({ id: r.id, label: r.label, links: r.alignments });
    return out;
  };
}

/**
 * The events (comparisons) as the thread engine reads them: articles in comparison order with their outlet,
 * the event date (its earliest dated article), and each claim's sentences with their text. Three queries
 * whatever the number of comparisons.
 */
export async function loadThreadEvents(
  prisma: PrismaClient,
  comparisonIds: string[],
  readClaims: ClaimsReader,
): Promise<ThreadEventInput[]> {
  if (comparisonIds.length === 0) return [];
  const [comparisons, claimsOf] = await Promise.all([
    prisma.comparison.findMany({
      where: { id: { in: comparisonIds } },
      select: {
        id: true,
        title: true,
        pivotArticleId: true,
        articles: {
          orderBy: { position: 'asc' },
          select: { article: { select: { id: true, publishedAt: true, headline: true, outlet: { select: { name: true } } } } },
        },
      },
    }),
    readClaims(comparisonIds),
  ]);
  const segmentIds = [...claimsOf.values()].flatMap((claims) => claims.flatMap((c) => c.links.map((l) => l.segmentId)));
  const segments = await prisma.segment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, index: true, text: true } });
  const segmentOf = new Map(segments.map((s) => [s.id, s]));
  return comparisons.map((c) => {
    const outletOf = new Map(c.articles.map(({ article }) => [article.id, outletLabel(article)]));
    const dates = c.articles
      .map(({ article }) => article.publishedAt?.toISOString())
      .filter((d): d is string => !!d)
      .sort();
    return {
      id: c.id,
      title: c.title,
      date: dates[0] ?? null,
      pivotArticleId: c.pivotArticleId,
      articles: c.articles.map(({ article }) => ({ id: article.id, outlet: outletLabel(article) })),
      claims: (claimsOf.get(c.id) ?? []).map((claim) => ({
        id: claim.id,
        label: claim.label,
        sentences: claim.links.flatMap((l) => {
          const s = segmentOf.get(l.segmentId);
          return s
            ? [{ segmentId: s.id, articleId: l.articleId, outlet: outletOf.get(l.articleId) ?? null, index: s.index, text: s.text }]
            : [];
        }),
      })),
    };
  });
}

/**
 * The name a timeline row goes by. An article without an outlet is shown by its headline, as the report does (the
 * thread engine would otherwise name it by its id): it stays a row of its own, since nothing says which outlet it is.
 */
function outletLabel(article: { outlet: { name: string } | null; headline: string | null }): string | null {
  if (article.outlet) return article.outlet.name;
  if (!article.headline) return null;
  const headline = article.headline.length > 48 ? `${article.headline.slice(0, 47).trimEnd()}…` : article.headline;
  return `Unknown outlet (“${headline}”)`;
}
