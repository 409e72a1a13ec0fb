import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../../../generated/prisma/enums.js';
import { User } from '../../auth/models/user.model.js';

registerEnumType(Role, { name: 'Role', description: 'What a member may do: OWNER manages members, EDITOR edits, VIEWER reads.' });

@ObjectType({ description: 'A team space holding articles and comparisons.' })
export class Workspace {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: 'A member of a workspace and their role.' })
export class Member {
  @Field(() => ID) id: string;
  @Field(() => User) user: User;
  @Field(() => Role) role: Role;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

export { Role };
