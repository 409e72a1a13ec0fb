import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GqlContext } from '../../access/current-viewer.decorator.js';
import type { RequestContext, Viewer } from '../../access/request-context.js';
import { ClaimEditsService } from './claim-edits.service.js';
import * as dto from './dto/claim.inputs.js';
import { Claim, SplitClaimResult } from './models/claim.model.js';
import { Comment } from './models/comment.model.js';

/** Edits of a comparison's claims, links and comments; each is a transaction on the live doc (EDITOR). */
@Resolver()
export class ClaimEditsResolver {
  constructor(private readonly edits: ClaimEditsService) {}

  @Mutation(() => Claim, { description: 'Adds a claim at the end.' })
  createClaim(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.CreateClaimInput) {
    return this.edits.createClaim(ctx, v, input);
  }

  @Mutation(() => Claim, { description: "Renames a claim (the label becomes a person's, which the aligner keeps)." })
  renameClaim(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.RenameClaimInput) {
    return this.edits.renameClaim(ctx, v, input);
  }

  @Mutation(() => Claim, { description: 'Merges claims into a target; returns the target.' })
  mergeClaims(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.MergeClaimsInput) {
    return this.edits.mergeClaims(ctx, v, input);
  }

  @Mutation(() => SplitClaimResult, { description: 'Moves some linked segments of a claim to a new claim after it.' })
  splitClaim(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.SplitClaimInput) {
    return this.edits.splitClaim(ctx, v, input);
  }

  @Mutation(() => Claim, { description: 'Links a segment of the comparison to a claim (or updates the link).' })
  linkSegment(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.LinkSegmentInput) {
    return this.edits.linkSegment(ctx, v, input);
  }

  @Mutation(() => Claim, { description: 'Unlinks a segment; the aligner will not propose the pair again.' })
  unlinkSegment(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.UnlinkSegmentInput) {
    return this.edits.unlinkSegment(ctx, v, input);
  }

  @Mutation(() => Claim, { description: "Sets how a linked segment reports the claim (the link becomes a person's)." })
  setRelation(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.SetRelationInput) {
    return this.edits.setRelation(ctx, v, input);
  }

  @Mutation(() => Comment, { description: 'Starts a thread on a claim or a segment span, or replies to a comment.' })
  addComment(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.AddCommentInput) {
    return this.edits.addComment(ctx, v, input);
  }

  @Mutation(() => Comment, { description: 'Resolves the thread of a comment.' })
  resolveComment(@CurrentViewer() v: Viewer, @GqlContext() ctx: RequestContext, @Args('input') input: dto.ResolveCommentInput) {
    return this.edits.resolveComment(ctx, v, input);
  }
}
