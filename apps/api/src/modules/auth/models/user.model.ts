import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person with a Parallax account.' })
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
