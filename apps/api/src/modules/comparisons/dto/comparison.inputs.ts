import { ArgsType, Field, ID } from '@nestjs/graphql';
import { z } from 'zod';

export const MAX_ARTICLES_PER_COMPARISON = 200;

export const createComparisonSchema = z.object({
  workspaceId: z.uuid('must be an id'),
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  articleIds: z
    .array(z.uuid('must be article ids'))
    .min(2, 'a comparison needs at least 2 articles')
    .max(MAX_ARTICLES_PER_COMPARISON, `at most ${MAX_ARTICLES_PER_COMPARISON} articles`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an article'),
  pivotArticleId: z.uuid('must be an id').nullish(),
});

/** The arguments of createComparison (top-level, as the schema has always had them). */
@ArgsType()
export class CreateComparisonArgs {
  @Field(() => ID) workspaceId: string;
  @Field() title: string;
  @Field(() => [ID]) articleIds: string[];
  @Field(() => ID, { nullable: true }) pivotArticleId?: string;
}

export const renameComparisonSchema = z.object({ id: z.uuid('must be an id'), title: createComparisonSchema.shape.title });
