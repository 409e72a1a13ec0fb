import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A personal API token (its secret is shown only once, at creation).' })
export class ApiToken {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the token, to recognise it.' }) prefix: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
  @Field({ description: 'Whether the token may change things; read-only tokens only query and subscribe.' }) canWrite: boolean;
}

@ObjectType({ description: 'A newly created API token with its secret.' })
export class CreatedApiToken {
  @Field({ description: 'The secret. Store it now: it cannot be shown again.' }) token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}
