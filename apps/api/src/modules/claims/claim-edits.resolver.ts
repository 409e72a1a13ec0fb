import { Mutation, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { Authorize } from '../../access/authorize.js';
import { CurrentViewer } from '../../access/current-viewer.decorator.js';
import type { Viewer } from '../../access/request-context.js';
import { Role } from '../../generated/prisma/enums.js';
import { ValidInput, type ValidInputOf } from '../../infra/validation/valid-input.js';
import { ClaimEditsService } from './claim-edits.service.js';
import * as dto from './dto/claim.inputs.js';
import { Claim, SplitClaimResult } from './models/claim.model.js';
import { Comment } from './models/comment.model.js';

/** The comparison's editors only, asked before the input is validated (non-members learn nothing from its messages). */
const AuthorizeEditor = Authorize({
  scope: 'comparison',
  role: Role.EDITOR,
  id: (args) => args.input,
  // Only the id is checked here, named as the whole input's schema names it; the rest waits for @ValidInput.
  idSchema: z.looseObject({ comparisonId: dto.createClaimSchema.shape.comparisonId }).transform((i) => i.comparisonId),
});

/** Edits of a comparison's claims, links and comments; each is a transaction on the live doc (EDITOR). */
@Resolver()
export class ClaimEditsResolver {
  constructor(private readonly edits: ClaimEditsService) {}

  @AuthorizeEditor
  @Mutation(() => Claim, { description: 'Adds a claim at the end.' })
  createClaim(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.createClaimSchema, { type: () => dto.CreateClaimInput }) input: ValidInputOf<typeof dto.createClaimSchema>,
  ) {
    return this.edits.createClaim(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Claim, { description: "Renames a claim (the label becomes a person's, which the aligner keeps)." })
  renameClaim(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.renameClaimSchema, { type: () => dto.RenameClaimInput }) input: ValidInputOf<typeof dto.renameClaimSchema>,
  ) {
    return this.edits.renameClaim(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Claim, { description: 'Merges claims into a target; returns the target.' })
  mergeClaims(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.mergeClaimsSchema, { type: () => dto.MergeClaimsInput }) input: ValidInputOf<typeof dto.mergeClaimsSchema>,
  ) {
    return this.edits.mergeClaims(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => SplitClaimResult, { description: 'Moves some linked segments of a claim to a new claim after it.' })
  splitClaim(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.splitClaimSchema, { type: () => dto.SplitClaimInput }) input: ValidInputOf<typeof dto.splitClaimSchema>,
  ) {
    return this.edits.splitClaim(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Claim, { description: 'Links a segment of the comparison to a claim (or updates the link).' })
  linkSegment(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.linkSegmentSchema, { type: () => dto.LinkSegmentInput }) input: ValidInputOf<typeof dto.linkSegmentSchema>,
  ) {
    return this.edits.linkSegment(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Claim, { description: 'Unlinks a segment; the aligner will not propose the pair again.' })
  unlinkSegment(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.unlinkSegmentSchema, { type: () => dto.UnlinkSegmentInput }) input: ValidInputOf<typeof dto.unlinkSegmentSchema>,
  ) {
    return this.edits.unlinkSegment(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Claim, { description: "Sets how a linked segment reports the claim (the link becomes a person's)." })
  setRelation(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.setRelationSchema, { type: () => dto.SetRelationInput }) input: ValidInputOf<typeof dto.setRelationSchema>,
  ) {
    return this.edits.setRelation(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Comment, { description: 'Starts a thread on a claim or a segment span, or replies to a comment.' })
  addComment(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.addCommentSchema, { type: () => dto.AddCommentInput }) input: ValidInputOf<typeof dto.addCommentSchema>,
  ) {
    return this.edits.addComment(v, input);
  }

  @AuthorizeEditor
  @Mutation(() => Comment, { description: 'Resolves the thread of a comment.' })
  resolveComment(
    @CurrentViewer() v: Viewer,
    @ValidInput(dto.resolveCommentSchema, { type: () => dto.ResolveCommentInput }) input: ValidInputOf<typeof dto.resolveCommentSchema>,
  ) {
    return this.edits.resolveComment(v, input);
  }
}
