import { Injectable } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums.js';
import { NotFound } from '../infra/errors/app-error.js';
import { PrismaService } from '../infra/prisma/prisma.service.js';
import { WorkspacePolicy } from './workspace.policy.js';
import type { PolicyContext } from './request-context.js';
import { isUuid } from '../infra/validation/uuid.js';

/**
 * Who may read or edit a comparison: members of its workspace by role. Shared by GraphQL and the collab
 * socket, so both refuse the same people.
 */
@Injectable()
export class ComparisonPolicy {
  constructor(
    private readonly prisma: PrismaService,
    private readonly workspaces: WorkspacePolicy,
  ) {}

  /** Loads the comparison and checks the user's role; returns the comparison and the role held. */
  async assert(ctx: PolicyContext | null, userId: string, comparisonId: string, needed: Role) {
    const comparison = isUuid(comparisonId) ? await this.prisma.comparison.findUnique({ where: { id: comparisonId } }) : null;
    if (!comparison) throw new NotFound('Comparison', comparisonId);
    const role = await this.workspaces.assert(ctx, userId, comparison.workspaceId, needed);
    return { comparison, role };
  }
}
