import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Article } from './article.model.js';

@ObjectType()
export class ArticleEdge {
  @Field() cursor: string;
  @Field(() => Article) node: Article;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'A page of articles, newest first.' })
export class ArticleConnection {
  @Field(() => [ArticleEdge]) edges: ArticleEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
