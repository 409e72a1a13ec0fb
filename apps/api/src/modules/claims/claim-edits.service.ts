import { Injectable } from '@nestjs/common';
import {
  addComment,
  createClaim,
  linkSegment,
  mergeClaims,
  ORIGIN,
  readComparisonDoc,
  renameClaim,
  resolveComment,
  setRelation,
  splitClaim,
  unlinkSegment,
  type ChangeOrigin,
} from '@parallax/doc';
import { BadUserInput, NotFound } from '../../infra/errors/app-error.js';
import type { Viewer } from '../../access/request-context.js';
import type { ValidInputOf } from '../../infra/validation/valid-input.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { ComparisonDocService, type ComparisonDoc } from '../../collab/comparison-doc.service.js';
import * as dto from './dto/claim.inputs.js';
import type { Claim, SplitClaimResult } from './models/claim.model.js';
import type { Comment } from './models/comment.model.js';
import { claimFromView, commentFromView } from './claim-views.js';

/**
 * GraphQL writes to a comparison, all as Yjs transactions on its doc with the `graphql` origin of the
 * acting user: the resolver declares EDITOR (`@Authorize`) and the input arrives parsed (`@ValidInput`); check that named segments belong to the
 * comparison, apply the @parallax/doc operation, and return the doc's state of what changed once the
 * change is stored (connected editors receive it live; the projector updates the rows).
 */
@Injectable()
export class ClaimEditsService {
  constructor(
    private readonly docs: ComparisonDocService,
    private readonly prisma: PrismaService,
  ) {}

  async createClaim(viewer: Viewer, i: ValidInputOf<typeof dto.createClaimSchema>): Promise<Claim> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      const id = createClaim(doc, { label: i.label, topic: i.topic ?? null, note: i.note ?? '' }, origin);
      return claimOf(doc, i.comparisonId, id);
    });
  }

  async renameClaim(viewer: Viewer, i: ValidInputOf<typeof dto.renameClaimSchema>): Promise<Claim> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      renameClaim(doc, i.claimId, i.label, origin);
      return claimOf(doc, i.comparisonId, i.claimId);
    });
  }

  async mergeClaims(viewer: Viewer, i: ValidInputOf<typeof dto.mergeClaimsSchema>): Promise<Claim> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      mergeClaims(doc, i.targetId, i.sourceIds, origin);
      return claimOf(doc, i.comparisonId, i.targetId);
    });
  }

  async splitClaim(viewer: Viewer, i: ValidInputOf<typeof dto.splitClaimSchema>): Promise<SplitClaimResult> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      const created = splitClaim(doc, i.claimId, i.segmentIds, i.newLabel, origin);
      return { source: claimOf(doc, i.comparisonId, i.claimId), created: claimOf(doc, i.comparisonId, created) };
    });
  }

  async linkSegment(viewer: Viewer, i: ValidInputOf<typeof dto.linkSegmentSchema>): Promise<Claim> {
    const articleId = await this.articleOfSegment(i.comparisonId, i.segmentId);
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      linkSegment(doc, { claimId: i.claimId, segmentId: i.segmentId, articleId, relation: i.relation, flags: i.flags ?? [] }, origin);
      return claimOf(doc, i.comparisonId, i.claimId);
    });
  }

  async unlinkSegment(viewer: Viewer, i: ValidInputOf<typeof dto.unlinkSegmentSchema>): Promise<Claim> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      unlinkSegment(doc, i.claimId, i.segmentId, origin);
      return claimOf(doc, i.comparisonId, i.claimId);
    });
  }

  async setRelation(viewer: Viewer, i: ValidInputOf<typeof dto.setRelationSchema>): Promise<Claim> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      setRelation(doc, i.claimId, i.segmentId, i.relation, origin);
      return claimOf(doc, i.comparisonId, i.claimId);
    });
  }

  async addComment(viewer: Viewer, i: ValidInputOf<typeof dto.addCommentSchema>): Promise<Comment> {
    if (i.segment) await this.assertSpan(i.comparisonId, i.segment);
    const author = await this.prisma.user.findUnique({ where: { id: viewer.userId }, select: { name: true } });
    const anchor = i.claimId
      ? { kind: 'claim' as const, claimId: i.claimId }
      : i.segment
        ? { kind: 'segment' as const, ...i.segment }
        : undefined;
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      const id = addComment(
        doc,
        { anchor, parentId: i.parentId ?? null, body: i.body, authorId: viewer.userId, authorName: author?.name ?? viewer.email },
        origin,
      );
      return commentOf(doc, id);
    });
  }

  async resolveComment(viewer: Viewer, i: ValidInputOf<typeof dto.resolveCommentSchema>): Promise<Comment> {
    return this.edit(viewer, i.comparisonId, (doc, origin) => {
      resolveComment(doc, i.commentId, origin);
      return commentOf(doc, i.commentId);
    });
  }

  /** Runs one doc operation with the user's graphql origin (the door maps doc errors to domain errors). */
  private edit<T>(viewer: Viewer, comparisonId: string, fn: (doc: ComparisonDoc, origin: ChangeOrigin) => T): Promise<T> {
    const origin = ORIGIN.graphql(viewer.userId);
    return this.docs.transact(comparisonId, origin, (doc) => fn(doc, origin));
  }

  /** Returns the article of a segment, which must belong to one of the comparison's articles. */
  private async articleOfSegment(comparisonId: string, segmentId: string): Promise<string> {
    const segment = await this.prisma.segment.findFirst({
      where: { id: segmentId, article: { comparisons: { some: { comparisonId } } } },
      select: { articleId: true },
    });
    if (!segment) throw new BadUserInput('segmentId is not a segment of this comparison.', { segmentId: 'not in this comparison' });
    return segment.articleId;
  }

  private async assertSpan(comparisonId: string, span: { segmentId: string; start: number; end: number }): Promise<void> {
    const segment = await this.prisma.segment.findFirst({
      where: { id: span.segmentId, article: { comparisons: { some: { comparisonId } } } },
      select: { text: true },
    });
    if (!segment)
      throw new BadUserInput('segment.segmentId is not a segment of this comparison.', { 'segment.segmentId': 'not in this comparison' });
    if (span.end > segment.text.length)
      throw new BadUserInput('segment.end is past the end of the segment.', { 'segment.end': 'out of range' });
  }
}

function claimOf(doc: ComparisonDoc, comparisonId: string, claimId: string): Claim {
  const claim = readComparisonDoc(doc).claims.find((c) => c.id === claimId);
  if (!claim) throw new NotFound('Claim', claimId);
  return claimFromView(comparisonId, claim);
}

function commentOf(doc: ComparisonDoc, commentId: string): Comment {
  const comment = readComparisonDoc(doc).comments.find((c) => c.id === commentId);
  if (!comment) throw new NotFound('Comment', commentId);
  return commentFromView(comment);
}
