import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { z } from 'zod';

@ArgsType()
export class ListArticlesArgs {
  @Field(() => ID) workspaceId: string;
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' }) first: number;
  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null;
  @Field(() => String, { nullable: true, description: 'Words to find in the headline, body or outlet.' }) search?: string | null;
}

export const listArticlesSchema = z.object({
  workspaceId: z.uuid('must be an id'),
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
  after: z.string().max(200).nullish(),
  search: z.string().trim().max(200).nullish(),
});
