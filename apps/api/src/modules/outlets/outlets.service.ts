import { Injectable } from '@nestjs/common';
import type { PolicyContext, Viewer } from '../../access/request-context.js';
import { WorkspacePolicy } from '../../access/workspace.policy.js';
import { Role } from '../../generated/prisma/enums.js';
import { NotFound } from '../../infra/errors/app-error.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { isUuid } from '../../infra/validation/uuid.js';

/** Outlets belong to one workspace; a viewer sees those of the workspaces they are a member of. */
@Injectable()
export class OutletsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
  ) {}

  /** Outlets with at least one article in the viewer's workspaces (or in the one given, if a member), by name. */
  async listForViewer(ctx: PolicyContext, viewer: Viewer, workspaceId?: string | null) {
    if (workspaceId) await this.workspaces.assert(ctx, viewer.userId, workspaceId, Role.VIEWER);
    return this.prisma.outlet.findMany({
      where: {
        ...(workspaceId ? { workspaceId } : {}),
        workspace: { memberships: { some: { userId: viewer.userId } } },
        articles: { some: {} },
      },
      orderBy: [{ name: 'asc' }, { workspaceId: 'asc' }],
    });
  }

  /** One outlet of a workspace the viewer belongs to. Others are NOT_FOUND, as missing ones are, so ids cannot be probed. */
  async get(ctx: PolicyContext, viewer: Viewer, id: string) {
    const outlet = isUuid(id) ? await this.prisma.outlet.findUnique({ where: { id } }) : null;
    if (!outlet || !(await this.workspaces.roleOf(ctx, viewer.userId, outlet.workspaceId))) throw new NotFound('Outlet', id);
    return outlet;
  }
}
