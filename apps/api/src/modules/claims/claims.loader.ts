import DataLoader from 'dataloader';
import type { Alignment, Segment } from '../../generated/prisma/client.js';
import type { PrismaService } from '../../infra/prisma/prisma.service.js';
import { loadClaimGrid } from './claim-grid.query.js';
import type { ClaimGrid } from './models/claim-grid.model.js';
import type { Claim, ClaimLink } from './models/claim.model.js';

/** Per-request loaders of the projected claims, their links and the linked segments. */
export function createClaimLoaders(prisma: PrismaService) {
  return {
    claimsByComparisonId: new DataLoader<string, Claim[]>(async (ids) => {
      const rows = await prisma.claim.findMany({
        where: { comparisonId: { in: [...ids] } },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      });
      return ids.map((id) => rows.filter((r) => r.comparisonId === id));
    }),
    linksByClaimId: new DataLoader<string, ClaimLink[]>(async (ids) => {
      const rows = await prisma.alignment.findMany({
        where: { claimId: { in: [...ids] } },
        orderBy: [{ articleId: 'asc' }, { segmentId: 'asc' }],
      });
      const grouped = new Map<string, ClaimLink[]>();
      for (const row of rows) grouped.set(row.claimId, [...(grouped.get(row.claimId) ?? []), linkFromRow(row)]);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
    // One grid per comparison (one statement each); a page asks for one comparison's grid at a time.
    claimGridByComparisonId: new DataLoader<string, ClaimGrid>((ids) => Promise.all(ids.map((id) => loadClaimGrid(prisma, id)))),
    segmentById: new DataLoader<string, Segment | null>(async (ids) => {
      const rows = await prisma.segment.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

declare module '../../access/request-context.js' {
  /** The claim loaders, available to every resolver as `ctx.loaders`. */
  interface RequestLoaders extends ReturnType<typeof createClaimLoaders> {}
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
