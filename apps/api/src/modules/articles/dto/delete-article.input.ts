import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'The article to delete.' })
export class DeleteArticleInput {
  @Field(() => ID) id: string;
}

@ObjectType({ description: 'What a delete removed.' })
export class DeletedArticle {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) headline: string | null;
}
