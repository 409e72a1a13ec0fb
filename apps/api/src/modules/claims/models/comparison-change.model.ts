import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A comparison's claims and links (the projection GraphQL reads) moved." })
export class ComparisonChange {
  @Field(() => ID) comparisonId: string;
  @Field(() => GraphQLISODateTime) projectedAt: Date;
  @Field(() => Int) claimCount: number;
}
