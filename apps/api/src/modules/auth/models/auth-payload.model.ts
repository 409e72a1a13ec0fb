import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from './user.model.js';

@ObjectType({ description: 'A new session. The token works as `Authorization: Bearer <token>`.' })
export class AuthPayload {
  @Field() token: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => User) user: User;
}
