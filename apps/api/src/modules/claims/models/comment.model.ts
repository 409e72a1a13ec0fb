import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A comment on a claim or on a span of a segment; replies share their thread.' })
export class Comment {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The id of the thread root (equal to id for a root).' }) threadId: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => ID, { nullable: true, description: 'The claim the thread is about, for a claim anchor.' }) claimId: string | null;
  @Field(() => ID, { nullable: true, description: 'The segment the thread is about, for a span anchor.' }) segmentId: string | null;
  @Field(() => Int, { nullable: true }) start: number | null;
  @Field(() => Int, { nullable: true }) end: number | null;
  @Field() body: string;
  @Field(() => ID) authorId: string;
  @Field() authorName: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field({ description: 'Whether the thread is resolved.' }) resolved: boolean;
  @Field(() => ID, { nullable: true }) resolvedById: string | null;
  @Field({ description: 'True when the claim it was about was deleted.' }) detached: boolean;
}
