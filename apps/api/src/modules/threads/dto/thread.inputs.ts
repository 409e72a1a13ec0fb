import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@parallax/doc';
import { z } from 'zod';

const uuid = z.uuid('must be a UUID');
const claimId = z.string().min(1).max(LIMITS.idLength);
const name = z.string().trim().min(1, 'must not be blank').max(200, 'must have at most 200 characters');
const operationId = z.string().min(8).max(100).nullish();
const expectedVersion = z.number().int().min(1).nullish();
const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id');

/** Fields every thread mutation takes: the client's operation id (a retry applies once) and the version it read. */
@InputType({ isAbstract: true })
abstract class ThreadWriteInput {
  @Field(() => String, { nullable: true, description: 'A client-made id; sending the same one again does not apply the change twice.' })
  operationId?: string | null;
}

@InputType()
export class SuggestThreadsInput {
  @Field(() => ID) workspaceId: string;
}
export const suggestThreadsSchema = z.object({ workspaceId: uuid });

@InputType()
export class ThreadDecisionInput extends ThreadWriteInput {
  @Field(() => ID) threadId: string;
  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT when the thread changed since.' }) expectedVersion?:
    number | null;
}
export const threadDecisionSchema = z.object({ threadId: uuid, expectedVersion, operationId });

@InputType()
export class RenameThreadInput extends ThreadDecisionInput {
  @Field() name: string;
}
export const renameThreadSchema = threadDecisionSchema.extend({ name });

@InputType()
export class MergeThreadsInput extends ThreadWriteInput {
  @Field(() => ID, { description: 'The thread that remains.' }) targetId: string;
  @Field(() => [ID], { description: 'Threads whose claims move into the target; they are deleted.' }) sourceIds: string[];
}
export const mergeThreadsSchema = z.object({ targetId: uuid, sourceIds: distinct(uuid, 50), operationId });

@InputType()
export class SplitThreadInput extends ThreadDecisionInput {
  @Field(() => [ID], { description: 'Claims (doc claim ids) that move to a new thread.' }) claimIds: string[];
  @Field(() => String, { nullable: true, description: 'Name of the new thread; default: the first moved claim’s label.' }) name?:
    string | null;
}
export const splitThreadSchema = threadDecisionSchema.extend({ claimIds: distinct(claimId, 200), name: name.nullish() });

@InputType()
export class AddClaimToThreadInput extends ThreadDecisionInput {
  @Field(() => ID, { description: 'The comparison (event) of the claim; it must be in the thread’s workspace.' }) comparisonId: string;
  @Field(() => ID, { description: 'The claim (doc claim id) to add.' }) claimId: string;
}
export const addClaimToThreadSchema = threadDecisionSchema.extend({ comparisonId: uuid, claimId });

@InputType()
export class RemoveClaimFromThreadInput extends ThreadDecisionInput {
  @Field(() => ID, { description: 'The claim (doc claim id) to take out of the thread.' }) claimId: string;
}
export const removeClaimFromThreadSchema = threadDecisionSchema.extend({ claimId });

export type ThreadDecision = z.infer<typeof threadDecisionSchema>;
