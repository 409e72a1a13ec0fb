import { ArgsType, Field, ID } from '@nestjs/graphql';
import { z } from 'zod';

/** The input of createVersion. */
export const versionNameSchema = z.object({
  comparisonId: z.uuid('must be a UUID'),
  name: z.string().trim().min(1, 'must not be blank').max(200, 'must have at most 200 characters'),
});

/** The arguments of createVersion. */
@ArgsType()
export class CreateVersionArgs {
  @Field(() => ID) comparisonId: string;
  @Field() name: string;
}

/** A version id argument. */
export const versionIdSchema = z.uuid('must be a version id');
