import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One statement or event and the articles (2 to 50+) that report it.' })
export class Comparison {
  @Field(() => ID) id: string;
  @Field(() => ID) workspaceId: string;
  @Field() title: string;
  @Field(() => ID, { nullable: true, description: 'The official text used as pivot, if any.' }) pivotArticleId: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
