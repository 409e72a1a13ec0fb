import type { PrismaService } from '../../infra/prisma/prisma.service.js';
import type { ClaimGrid } from './models/claim-grid.model.js';

type ClaimColumns = Pick<ClaimGrid, 'claimIds' | 'labels' | 'topics' | 'positions' | 'notes' | 'origins'>;
type LinkColumns = Pick<
  ClaimGrid,
  'linkClaims' | 'linkArticles' | 'linkSegments' | 'linkRelations' | 'linkFlags' | 'linkOrigins' | 'linkConfidences'
>;

const NO_CLAIMS: ClaimColumns = { claimIds: [], labels: [], topics: [], positions: [], notes: [], origins: [] };
const NO_LINKS: LinkColumns = {
  linkClaims: [],
  linkArticles: [],
  linkSegments: [],
  linkRelations: [],
  linkFlags: [],
  linkOrigins: [],
  linkConfidences: [],
};

/**
 * A comparison's projected claims and links as parallel lists. One statement, so claims and links come from
 * one snapshot (the projection rewrites both in a transaction; two queries could see a link whose claim they
 * missed). Postgres shapes each list into one JSON array, so 15,000 links cost a few values to parse and
 * serialise, not an object per link.
 */
export async function loadClaimGrid(prisma: PrismaService, comparisonId: string): Promise<ClaimGrid> {
  const [row] = await prisma.$queryRaw<{ claims: ClaimColumns | null; links: LinkColumns | null }[]>`
    WITH c AS (
      SELECT id, label, topic, position, note, origin, (row_number() OVER (ORDER BY position, id) - 1)::int AS i
      FROM claims WHERE "comparisonId" = ${comparisonId}::uuid),
    ca AS (
      SELECT "articleId", (row_number() OVER (ORDER BY position) - 1)::int AS i
      FROM comparison_articles WHERE "comparisonId" = ${comparisonId}::uuid),
    l AS (
      SELECT c.i AS claim, ca.i AS article, s.index AS segment, a.relation, a.flags, a.origin, a.confidence
      FROM alignments a JOIN c ON c.id = a."claimId" JOIN ca ON ca."articleId" = a."articleId" JOIN segments s ON s.id = a."segmentId")
    SELECT
      (SELECT json_build_object('claimIds', json_agg(id ORDER BY i), 'labels', json_agg(label ORDER BY i),
        'topics', json_agg(topic ORDER BY i), 'positions', json_agg(position ORDER BY i),
        'notes', json_agg(note ORDER BY i), 'origins', json_agg(origin ORDER BY i))
       FROM c HAVING count(*) > 0) AS claims,
      (SELECT json_build_object('linkClaims', json_agg(claim ORDER BY claim, article, segment),
        'linkArticles', json_agg(article ORDER BY claim, article, segment),
        'linkSegments', json_agg(segment ORDER BY claim, article, segment),
        'linkRelations', json_agg(relation ORDER BY claim, article, segment),
        'linkFlags', json_agg(flags ORDER BY claim, article, segment),
        'linkOrigins', json_agg(origin ORDER BY claim, article, segment),
        'linkConfidences', json_agg(confidence ORDER BY claim, article, segment))
       FROM l HAVING count(*) > 0) AS links`;
  return { ...(row?.claims ?? NO_CLAIMS), ...(row?.links ?? NO_LINKS) };
}
