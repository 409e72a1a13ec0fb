import { ArgsType, Field, Int } from '@nestjs/graphql';
import { z } from 'zod';

const email = z.string().trim().toLowerCase().pipe(z.email('must be a valid email address')).pipe(z.string().max(254));
const password = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');

export const signUpSchema = z.object({
  email,
  password,
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
});

/** The arguments of signUp. */
@ArgsType()
export class SignUpArgs {
  @Field() email: string;
  @Field() password: string;
  @Field() name: string;
}

export const signInSchema = z.object({ email, password: z.string().min(1, 'is required').max(256) });

/** The arguments of signIn. */
@ArgsType()
export class SignInArgs {
  @Field() email: string;
  @Field() password: string;
}

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  expiresInDays: z.number().int().min(1).max(3650).nullish(),
  canWrite: z.boolean().nullish(),
});

/** The arguments of createApiToken. */
@ArgsType()
export class CreateApiTokenArgs {
  @Field() name: string;
  @Field(() => Int, { nullable: true }) expiresInDays?: number;
  @Field(() => Boolean, { nullable: true, description: 'Lets the token change things (default: read-only).' }) canWrite?: boolean;
}
