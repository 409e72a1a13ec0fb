import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { Comparison } from '../comparisons/models/comparison.model.js';
import { diffFromDocDiff } from './version-diff.js';
import { CreateVersionArgs, versionIdSchema, versionNameSchema } from './dto/version.inputs.js';
import { ValidArgs, ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { Authorize } from '../../access/authorize.js';
import { Role } from '../../generated/prisma/enums.js';
import { VersionsService } from './versions.service.js';
import { ComparisonVersion, RestoreVersionResult, VersionDiff } from './models/version.model.js';

/** Named versions: create, compare, restore (listing is `Comparison.versions`). */
@Resolver()
export class VersionsResolver {
  constructor(private readonly versions: VersionsService) {}

  @Mutation(() => ComparisonVersion, { description: 'Saves the current state of the comparison under a name (EDITOR).' })
  createVersion(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidArgs(versionNameSchema, () => CreateVersionArgs) args: ValidInputOf<typeof versionNameSchema>,
  ) {
    return this.versions.create(ctx, viewer, args);
  }

  @Query(() => VersionDiff, { description: 'What changed from one version to another, or to the current state when toVersionId is null.' })
  @Authorize({ scope: 'comparison', role: Role.VIEWER, id: (a) => a.comparisonId })
  async compareVersions(
    @Args('comparisonId', { type: () => ID }) comparisonId: string,
    @ValidInput(versionIdSchema, { name: 'fromVersionId', type: () => ID }) fromVersionId: string,
    @ValidInput(versionIdSchema.nullish(), { name: 'toVersionId', type: () => ID, nullable: true }) toVersionId?: string | null,
  ) {
    const diff = await this.versions.compare(comparisonId, fromVersionId, toVersionId ?? null);
    return diffFromDocDiff(comparisonId, diff);
  }

  @Mutation(() => RestoreVersionResult, { description: "Restores a version's claims and links as a new change (EDITOR); history is kept." })
  async restoreVersion(
    @CurrentViewer() viewer: Viewer,
    @GqlContext() ctx: RequestContext,
    @ValidInput(versionIdSchema, { name: 'versionId', type: () => ID }) versionId: string,
  ) {
    const { version, changes } = await this.versions.restore(ctx, viewer, versionId);
    return { version, changes: diffFromDocDiff(version.comparisonId, changes) };
  }
}

/** `Comparison.versions`. */
@Resolver(() => Comparison)
export class ComparisonVersionsResolver {
  constructor(private readonly versions: VersionsService) {}

  @ResolveField('versions', () => [ComparisonVersion], { description: 'Named versions, newest first.' })
  versionsOf(@Parent() comparison: Comparison) {
    return this.versions.list(comparison.id);
  }
}
