import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext } from '../../access/request-context.js';
import { Segment } from '../articles/models/article.model.js';
import { Claim, ClaimLink } from './models/claim.model.js';

/** The links of a claim: from the doc when the claim came from a mutation, else from the projection. */
@Resolver(() => Claim)
export class ClaimResolver {
  @ResolveField(() => [ClaimLink], { description: 'The segments that report this claim, by article.' })
  links(@Parent() claim: Claim, @GqlContext() ctx: RequestContext) {
    return claim.links ?? ctx.loaders.linksByClaimId.load(claim.id);
  }
}

/** The sentence a link points at. */
@Resolver(() => ClaimLink)
export class ClaimLinkResolver {
  @ResolveField(() => Segment, { nullable: true, description: 'The linked sentence (null if it no longer exists).' })
  segment(@Parent() link: ClaimLink, @GqlContext() ctx: RequestContext) {
    return ctx.loaders.segmentById.load(link.segmentId);
  }
}
