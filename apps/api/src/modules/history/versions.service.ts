import { Injectable } from '@nestjs/common';
import { diffDocStates, ORIGIN, readComparisonDoc, restoreView, type ComparisonDocView, type DocStateDiff } from '@parallax/doc';
import { Role } from '../../generated/prisma/enums.js';
import { NotFound } from '../../infra/errors/app-error.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { ComparisonPolicy } from '../../access/comparison.policy.js';
import { ComparisonDocService, viewOfState } from '../../collab/comparison-doc.service.js';
import type { versionNameSchema } from './dto/version.inputs.js';

const VERSION_FIELDS = { id: true, comparisonId: true, name: true, createdById: true, createdAt: true } as const;

/**
 * Named versions of a comparison doc (`collab_versions`): save the current state under a name, list,
 * compare two versions (or a version with now), and restore one as a new change.
 */
@Injectable()
export class VersionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly docs: ComparisonDocService,
    private readonly policy: ComparisonPolicy,
  ) {}

  /** Saves the current durable state under a name (EDITOR). */
  async create(ctx: RequestContext, viewer: Viewer, { comparisonId, name }: ValidInputOf<typeof versionNameSchema>) {
    await this.policy.assert(ctx, viewer.userId, comparisonId, Role.EDITOR);
    const { state, lastUpdateId } = await this.docs.captureState(comparisonId);
    return this.prisma.collabVersion.create({
      data: { comparisonId, name, state: Buffer.from(state), lastUpdateId, createdById: viewer.userId },
      select: VERSION_FIELDS,
    });
  }

  /** The versions of a comparison, newest first (the caller has authorised the comparison). */
  list(comparisonId: string) {
    return this.prisma.collabVersion.findMany({
      where: { comparisonId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: VERSION_FIELDS,
    });
  }

  /**
   * Compares a version with another version, or with the current state when `toVersionId` is null. The
   * resolver declares VIEWER on the comparison, checked before the version ids are.
   */
  async compare(comparisonId: string, fromVersionId: string, toVersionId: string | null): Promise<DocStateDiff> {
    const from = await this.stateOf(comparisonId, fromVersionId);
    const to: ComparisonDocView = toVersionId ? await this.stateOf(comparisonId, toVersionId) : await this.docs.read(comparisonId);
    return diffDocStates(from, to);
  }

  /**
   * Restores a version (EDITOR): computes, inside one transaction with the restore origin, the operations
   * that bring the current doc to the version's claims and links, and applies them as a new change.
   * Returns the version and what the restore changed.
   */
  async restore(ctx: RequestContext, viewer: Viewer, id: string) {
    const version = await this.prisma.collabVersion.findUnique({ where: { id } });
    if (!version) throw new NotFound('Version', id);
    await this.policy.assert(ctx, viewer.userId, version.comparisonId, Role.EDITOR);
    const target = viewOfState(version.state);
    const origin = ORIGIN.restore(viewer.userId);
    const changes = await this.docs.transact(version.comparisonId, origin, (doc) => {
      const before = readComparisonDoc(doc);
      restoreView(doc, target, origin);
      return diffDocStates(before, readComparisonDoc(doc));
    });
    const { state: _state, lastUpdateId: _last, ...summary } = version;
    return { version: summary, changes };
  }

  private async stateOf(comparisonId: string, id: string): Promise<ComparisonDocView> {
    const version = await this.prisma.collabVersion.findFirst({ where: { id, comparisonId }, select: { state: true } });
    if (!version) throw new NotFound('Version', id);
    return viewOfState(version.state);
  }
}
