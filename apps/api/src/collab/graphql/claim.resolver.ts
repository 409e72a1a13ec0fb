import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../infra/graphql/current-viewer.decorator.js';
import type { RequestContext } from '../../infra/graphql/request-context.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { Segment } from '../../modules/articles/models/article.model.js';
import { collabLoaders } from './collab.loaders.js';
import { Claim, ClaimLink } from './models/claim.model.js';

@Resolver(() => Claim)
export class ClaimResolver {
  constructor(private readonly prisma: PrismaService) {}

  @ResolveField(() => [ClaimLink], { description: 'The segments that report this claim, by article.' })
  links(@Parent() claim: Claim, @GqlContext() ctx: RequestContext) {
    return claim.links ?? collabLoaders(ctx, this.prisma).linksByClaimId.load(claim.id);
  }
}

@Resolver(() => ClaimLink)
export class ClaimLinkResolver {
  constructor(private readonly prisma: PrismaService) {}

  @ResolveField(() => Segment, { nullable: true, description: 'The linked sentence (null if it no longer exists).' })
  segment(@Parent() link: ClaimLink, @GqlContext() ctx: RequestContext) {
    return collabLoaders(ctx, this.prisma).segmentById.load(link.segmentId);
  }
}
