import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../access/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';

/** Outlets are shared reference data; a viewer sees those that appear in their workspaces. */
@Injectable()
export class OutletsService {
  constructor(private readonly prisma: PrismaService) {}

  /** Outlets with at least one article in a workspace the viewer belongs to, by name. */
  listForViewer(viewer: Viewer) {
    return this.prisma.outlet.findMany({
      where: { articles: { some: { workspace: { memberships: { some: { userId: viewer.userId } } } } } },
      orderBy: { name: 'asc' },
    });
  }
}
