import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../generated/prisma/enums.js';

@ObjectType({
  description:
    'An invitation to join a workspace with a role; the invitee becomes a member only by accepting it. Carries the ' +
    "workspace's name, not the workspace: the invitee may not read it before accepting.",
})
export class Invitation {
  @Field(() => ID) id: string;
  @Field(() => ID) workspaceId: string;
  @Field() workspaceName: string;
  @Field(() => Role) role: Role;
  @Field() inviteeEmail: string;
  @Field(() => String, { nullable: true, description: 'Who invited; null once that account is gone.' }) invitedByName: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
