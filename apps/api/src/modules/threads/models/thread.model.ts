import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Claim } from '../../claims/models/claim.model.js';
import { LinkOrigin, ThreadStatus } from '../../../generated/prisma/enums.js';
import { Comparison } from '../../comparisons/models/comparison.model.js';

registerEnumType(ThreadStatus, {
  name: 'ThreadStatus',
  description: 'SUGGESTED by suggestThreads, ACCEPTED by a person, or REJECTED (kept so it is not proposed again).',
});

export { ThreadStatus };

@ObjectType({ description: 'A commitment followed across events: claims of several comparisons of one workspace.' })
export class Thread {
  @Field(() => ID) id: string;
  @Field(() => ID) workspaceId: string;
  @Field() name: string;
  @Field(() => LinkOrigin, { description: 'AUTO while the name is the suggestion’s; HUMAN once someone renamed it.' })
  nameOrigin: LinkOrigin;
  @Field(() => ThreadStatus) status: ThreadStatus;
  @Field(() => Float, { nullable: true, description: 'How strongly the suggested claims matched (0..1); null when made by hand.' })
  score: number | null;
  @Field(() => Int, { description: 'Bumped by every change; send it back as expectedVersion to refuse stale edits.' }) version: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType({ description: 'One claim of a thread, in its comparison (event).' })
export class ThreadClaim {
  @Field(() => ID) comparisonId: string;
  @Field(() => ID) claimId: string;
  @Field(() => Comparison) comparison: Comparison;
  @Field(() => Claim, { nullable: true, description: 'Null when the claim was deleted in its comparison since.' }) claim: Claim | null;
}

@ObjectType({ description: 'The result of splitThread: the thread split and the thread made of the claims moved out.' })
export class SplitThreadResult {
  @Field(() => Thread) source: Thread;
  @Field(() => Thread) created: Thread;
}

@ObjectType({ description: 'A claim of this comparison that a thread follows into other events.' })
export class ClaimThreadLink {
  @Field(() => ID) claimId: string;
  @Field(() => Thread) thread: Thread;
  @Field(() => Int, { description: 'How many other events the thread reaches ("also in 1 other event").' }) otherEvents: number;
}

@ObjectType({ description: 'Threads of a workspace changed; re-query what you show.' })
export class ThreadsChange {
  @Field(() => ID) workspaceId: string;
  @Field(() => [ID]) threadIds: string[];
  @Field({ description: 'SUGGEST | ACCEPT | REJECT | RENAME | MERGE | SPLIT | ADD_CLAIM | REMOVE_CLAIM | IMPORT' }) kind: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => GraphQLISODateTime) at: Date;
}
