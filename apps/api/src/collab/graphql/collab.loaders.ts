import DataLoader from 'dataloader';
import type { Alignment, Segment } from '../../generated/prisma/client.js';
import type { RequestContext } from '../../infra/graphql/request-context.js';
import type { PrismaService } from '../../infra/prisma/prisma.service.js';
import type { Claim, ClaimLink } from './models/claim.model.js';

/** Per-request loaders of the projected claims, their links and the linked segments. */
export interface CollabLoaders {
  claimsByComparisonId: DataLoader<string, Claim[]>;
  linksByClaimId: DataLoader<string, ClaimLink[]>;
  segmentById: DataLoader<string, Segment | null>;
}

// Keyed by the request's context object, so the caches live exactly as long as the request.
const perRequest = new WeakMap<object, CollabLoaders>();

/** Returns this request's collab loaders, creating them on first use. */
export function collabLoaders(ctx: RequestContext, prisma: PrismaService): CollabLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createCollabLoaders(prisma);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

function createCollabLoaders(prisma: PrismaService): CollabLoaders {
  return {
    claimsByComparisonId: new DataLoader(async (ids) => {
      const rows = await prisma.claim.findMany({ where: { comparisonId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
      return ids.map((id) => rows.filter((r) => r.comparisonId === id));
    }),
    linksByClaimId: new DataLoader(async (ids) => {
      const rows = await prisma.alignment.findMany({ where: { claimId: { in: [...ids] } }, orderBy: [{ articleId: 'asc' }, { segmentId: 'asc' }] });
      const grouped = new Map<string, ClaimLink[]>();
      for (const row of rows) grouped.set(row.claimId, [...(grouped.get(row.claimId) ?? []), linkFromRow(row)]);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    segmentById: new DataLoader(async (ids) => {
      const rows = await prisma.segment.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

function linkFromRow(row: Alignment): ClaimLink {
  return {
    claimId: row.claimId,
    segmentId: row.segmentId,
    articleId: row.articleId,
    relation: row.relation,
    flags: row.flags,
    origin: row.origin,
    confidence: row.confidence,
    linkedById: row.linkedById,
  };
}
