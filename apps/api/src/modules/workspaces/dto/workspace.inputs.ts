import { ArgsType, Field, ID } from '@nestjs/graphql';
import { z } from 'zod';
import { Role } from '../../../generated/prisma/enums.js';

export const uuid = z.uuid('must be an id');

export const createWorkspaceSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
});

/** The arguments of createWorkspace. */
@ArgsType()
export class CreateWorkspaceArgs {
  @Field() name: string;
}

export const inviteMemberSchema = z.object({
  workspaceId: uuid,
  email: z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')),
  role: z.enum(Role),
});

/** The arguments of inviteMember. */
@ArgsType()
export class InviteMemberArgs {
  @Field(() => ID) workspaceId: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
}

export const renameWorkspaceSchema = z.object({ id: uuid, name: createWorkspaceSchema.shape.name });

export const deleteWorkspaceSchema = z.object({ id: uuid, confirmName: z.string() });
