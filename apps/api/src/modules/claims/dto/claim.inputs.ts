import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@parallax/doc';
import { z } from 'zod';
import { Relation } from '../models/claim.model.js';

const uuid = z.uuid('must be a UUID');
const docId = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength, `must have at most ${LIMITS.idLength} characters`)
  .refine((v) => !v.includes('|'), 'must not contain "|"');
const label = z.string().trim().min(1, 'must not be blank').max(LIMITS.labelLength, `must have at most ${LIMITS.labelLength} characters`);
const flags = z.array(z.string().min(1).max(LIMITS.flagLength)).max(LIMITS.flagCount);
const relation = z.enum(Relation);

@InputType()
export class CreateClaimInput {
  @Field(() => ID) comparisonId: string;
  @Field() label: string;
  @Field(() => String, { nullable: true }) topic?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
export const createClaimSchema = z.object({
  comparisonId: uuid,
  label,
  topic: z.string().max(LIMITS.topicLength).nullish(),
  note: z.string().max(LIMITS.noteLength).nullish(),
});

@InputType()
export class RenameClaimInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field() label: string;
}
export const renameClaimSchema = z.object({ comparisonId: uuid, claimId: docId, label });

@InputType()
export class MergeClaimsInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID, { description: 'The claim that remains.' }) targetId: string;
  @Field(() => [ID], { description: 'The claims merged into the target and deleted.' }) sourceIds: string[];
}
export const mergeClaimsSchema = z.object({
  comparisonId: uuid,
  targetId: docId,
  sourceIds: z
    .array(docId)
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
});

@InputType()
export class SplitClaimInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field(() => [ID], { description: 'Linked segments that move to the new claim.' }) segmentIds: string[];
  @Field() newLabel: string;
}
export const splitClaimSchema = z.object({
  comparisonId: uuid,
  claimId: docId,
  segmentIds: z
    .array(uuid)
    .min(1)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id'),
  newLabel: label,
});

@InputType()
export class LinkSegmentInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field(() => ID) segmentId: string;
  @Field(() => Relation) relation: Relation;
  @Field(() => [String], { nullable: true }) flags?: string[] | null;
}
export const linkSegmentSchema = z.object({ comparisonId: uuid, claimId: docId, segmentId: uuid, relation, flags: flags.nullish() });

@InputType()
export class UnlinkSegmentInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field(() => ID) segmentId: string;
}
export const unlinkSegmentSchema = z.object({ comparisonId: uuid, claimId: docId, segmentId: uuid });

@InputType()
export class SetRelationInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field(() => ID) segmentId: string;
  @Field(() => Relation) relation: Relation;
}
export const setRelationSchema = z.object({ comparisonId: uuid, claimId: docId, segmentId: uuid, relation });

@InputType({ description: 'A character span of one segment, for a comment anchor.' })
export class SegmentSpanInput {
  @Field(() => ID) segmentId: string;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
}

@InputType({ description: 'A new thread (with claimId or segment) or a reply (with parentId).' })
export class AddCommentInput {
  @Field(() => ID) comparisonId: string;
  @Field() body: string;
  @Field(() => ID, { nullable: true }) claimId?: string | null;
  @Field(() => SegmentSpanInput, { nullable: true }) segment?: SegmentSpanInput | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
}
export const addCommentSchema = z
  .object({
    comparisonId: uuid,
    body: z
      .string()
      .max(LIMITS.commentLength)
      .refine((b) => b.trim().length > 0, 'must not be blank'),
    claimId: docId.nullish(),
    segment: z
      .object({ segmentId: uuid, start: z.number().int().min(0), end: z.number().int().min(0) })
      .refine((s) => s.start <= s.end, 'start must not be after end')
      .nullish(),
    parentId: docId.nullish(),
  })
  .refine((i) => [i.claimId, i.segment, i.parentId].filter((v) => v != null).length === 1, {
    message: 'give exactly one of claimId, segment or parentId',
    path: ['claimId'],
  });

@InputType()
export class ResolveCommentInput {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) commentId: string;
}
export const resolveCommentSchema = z.object({ comparisonId: uuid, commentId: docId });
